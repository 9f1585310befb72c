namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>The <c>Diagnostics</c> section: how wells are evaluated.</summary>
public sealed class DiagnosticsOptions
{
    public const string SectionName = "Diagnostics";

    /// <summary>Span of readings one evaluation judges.</summary>
    public TimeSpan WindowLength { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>How often every well's latest window is evaluated; windows overlap when this is shorter than the window.</summary>
    public TimeSpan EvaluationPeriod { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Consecutive evaluations that must agree on a new diagnosis before it is announced.</summary>
    public int ConfirmEvaluations { get; set; } = 2;

    /// <summary>How long a well must have been running before its next full window is taken as its baseline.</summary>
    public TimeSpan BaselineSettleTime { get; set; } = TimeSpan.FromMinutes(10);
}
