namespace HmiApp.Infrastructure.Alarms;

/// <summary>Settings of section <c>Alarms</c>.</summary>
public sealed class AlarmOptions
{
    public const string SectionName = "Alarms";

    /// <summary>No alarm may be shelved for longer: shelving is never indefinite.</summary>
    public TimeSpan MaxShelveDuration { get; set; } = TimeSpan.FromHours(8);

    /// <summary>
    /// The shortest shelf the summary page offers (the longer choices 1 h, 4 h, 8 h follow up to
    /// <see cref="MaxShelveDuration"/>). Commissioning and browser tests set it to seconds to see a shelf expire.
    /// </summary>
    public TimeSpan ShortestShelveChoice { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Journal entries waiting for the database; the engine waits rather than drop one.</summary>
    public int JournalQueueCapacity { get; set; } = 50_000;

    /// <summary>Entries written in one database transaction.</summary>
    public int JournalBatchSize { get; set; } = 500;

    /// <summary>First wait before a failed journal write is retried; it doubles up to <see cref="JournalRetryMaxDelay"/>.</summary>
    public TimeSpan JournalRetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan JournalRetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);
}
