using HmiApp.Domain.Wells;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// The recent readings of each well, newest last, for the diagnosis windows and the live pages; older ones
/// are only in the database. It also remembers since when each well has been running, for the baseline.
/// </summary>
public sealed class WellTelemetryBuffer(TimeSpan retention)
{
    private readonly Dictionary<string, Recent> wells = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    public void Add(string wellId, WellTelemetryReading reading)
    {
        lock (gate)
        {
            if (!wells.TryGetValue(wellId, out var recent))
            {
                recent = new Recent();
                wells[wellId] = recent;
            }

            var readings = recent.Readings;
            // Readings usually arrive in order; a late one (a REST back-fill) goes where it belongs.
            var index = readings.Count;
            while (index > 0 && readings[index - 1].Timestamp > reading.Timestamp)
            {
                index--;
            }

            readings.Insert(index, reading);
            var newest = readings[^1];
            readings.RemoveAll(r => r.Timestamp < newest.Timestamp - retention);
            if (ReferenceEquals(newest, reading))
            {
                recent.RunningSince = reading.IsRunning ? recent.RunningSince ?? reading.Timestamp : null;
            }
        }
    }

    public WellTelemetryReading? Latest(string wellId)
    {
        lock (gate)
        {
            return wells.TryGetValue(wellId, out var recent) && recent.Readings.Count > 0 ? recent.Readings[^1] : null;
        }
    }

    /// <summary>Readings stamped at or after <paramref name="from"/>, oldest first.</summary>
    public IReadOnlyList<WellTelemetryReading> Since(string wellId, DateTimeOffset from)
    {
        lock (gate)
        {
            return wells.TryGetValue(wellId, out var recent) ? recent.Readings.Where(r => r.Timestamp >= from).ToList() : [];
        }
    }

    /// <summary>Time of the first reading of the current uninterrupted run; null when the newest reading says stopped.</summary>
    public DateTimeOffset? RunningSince(string wellId)
    {
        lock (gate)
        {
            return wells.TryGetValue(wellId, out var recent) ? recent.RunningSince : null;
        }
    }

    private sealed class Recent
    {
        public List<WellTelemetryReading> Readings { get; } = [];

        public DateTimeOffset? RunningSince { get; set; }
    }
}
