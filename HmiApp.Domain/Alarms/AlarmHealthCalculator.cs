namespace HmiApp.Domain.Alarms;

/// <summary>
/// ISA-18.2 alarm-system health from activation times: rate per 10 minutes, floods (more than
/// <see cref="FloodThreshold"/> activations in 10 minutes), stale alarms (active longer than 24 h) and
/// chattering alarms (<see cref="ChatterActivations"/> or more activations of one alarm within a minute).
/// </summary>
public static class AlarmHealthCalculator
{
    public const int FloodThreshold = 10;
    public const int ChatterActivations = 3;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    public static readonly TimeSpan StaleAfter = TimeSpan.FromHours(24);
    public static readonly TimeSpan ChatterWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan History = TimeSpan.FromHours(24);

    /// <param name="activations">Activations (time, alarm key) of the last 24 h, oldest first.</param>
    /// <param name="active">The alarms that are not normal now.</param>
    public static AlarmSystemHealth Compute(DateTimeOffset now, IReadOnlyList<(DateTimeOffset Time, string Key)> activations, IEnumerable<ActiveAlarm> active)
    {
        var recent = activations.Where(a => a.Time > now - History).ToList();
        var last10 = recent.Count(a => a.Time > now - Window);

        // Floods are counted over fixed 10-minute periods, as alarm-rate reports show them.
        var floods = recent.GroupBy(a => a.Time.UtcTicks / Window.Ticks).Count(g => g.Count() > FloodThreshold);

        var stale = active.Where(a => a.ConditionActive && now - a.Since > StaleAfter).Select(a => a.Key).Order(StringComparer.Ordinal).ToList();

        var chattering = new List<string>();
        foreach (var group in recent.GroupBy(a => a.Key))
        {
            var times = group.Select(a => a.Time).Order().ToList();
            for (var i = ChatterActivations - 1; i < times.Count; i++)
            {
                if (times[i] - times[i - (ChatterActivations - 1)] <= ChatterWindow)
                {
                    chattering.Add(group.Key);
                    break;
                }
            }
        }

        chattering.Sort(StringComparer.Ordinal);
        return new AlarmSystemHealth(now, last10, last10 > FloodThreshold, floods, recent.Count, stale, chattering);
    }
}
