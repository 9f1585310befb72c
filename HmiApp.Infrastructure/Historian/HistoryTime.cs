namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// Time as stored: microseconds since the Unix epoch, UTC, in a 64-bit integer on both databases. One
/// representation for SQLite and PostgreSQL keeps bucket and partition arithmetic exact and integer.
/// </summary>
public static class HistoryTime
{
    public const long MicrosPerSecond = 1_000_000;
    public const long MicrosPerMinute = 60 * MicrosPerSecond;
    public const long MicrosPerHour = 60 * MicrosPerMinute;
    public const long MicrosPerDay = 24 * MicrosPerHour;

    public static long ToMicros(DateTimeOffset time) => (time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    public static DateTimeOffset FromMicros(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * 10);

    /// <summary>Start of the bucket of <paramref name="width"/> holding <paramref name="micros"/> (also for times before 1970).</summary>
    public static long BucketStart(long micros, long width) => micros - (((micros % width) + width) % width);
}
