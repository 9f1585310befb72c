namespace HmiApp.Infrastructure.Wells;

/// <summary>The <c>Wells</c> section.</summary>
public sealed class WellTelemetryOptions
{
    public const string SectionName = "Wells";

    /// <summary>
    /// How often the bound points' current values are looked at for a new poll. Shorter than the scan period
    /// so that a reading follows its poll closely; a pass that finds no new poll ingests nothing.
    /// </summary>
    public TimeSpan FeedInterval { get; set; } = TimeSpan.FromMilliseconds(250);
}
