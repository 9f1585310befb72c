using HmiApp.Domain.Alarms;

namespace HmiApp.Alarms;

/// <summary>What the banner shows: unacknowledged counts by priority and the alarm to look at first.</summary>
public sealed record AlarmBannerSummary(IReadOnlyDictionary<AlarmPriority, int> Unacknowledged, int Annunciated, ActiveAlarm? First)
{
    public int TotalUnacknowledged => Unacknowledged.Values.Sum();

    /// <summary>The most urgent unacknowledged alarm, the newest of that priority.</summary>
    public static AlarmBannerSummary Of(IReadOnlyList<ActiveAlarm> alarms)
    {
        var waiting = alarms.Where(a => a.NeedsAcknowledgement).ToList();
        var counts = Enum.GetValues<AlarmPriority>().ToDictionary(p => p, p => waiting.Count(a => a.Priority == p));
        var first = waiting.OrderBy(a => a.Priority).ThenByDescending(a => a.LastChange).FirstOrDefault();
        return new AlarmBannerSummary(counts, alarms.Count(a => a.State.IsAnnunciated()), first);
    }
}
