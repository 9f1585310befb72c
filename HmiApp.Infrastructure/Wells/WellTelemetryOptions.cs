namespace HmiApp.Infrastructure.Wells;

/// <summary>The <c>Wells</c> section.</summary>
public sealed class WellTelemetryOptions
{
    public const string SectionName = "Wells";

    /// <summary>How often the simulated wells' registers are read over Modbus TCP (simulator only).</summary>
    public TimeSpan SimulatedPollInterval { get; set; } = TimeSpan.FromSeconds(1);
}
