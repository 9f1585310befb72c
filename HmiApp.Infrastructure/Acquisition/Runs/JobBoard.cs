using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Scanning;

namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>Every poll job of the applied map with its schedule, state and counts, for the jobs page and REST.</summary>
public sealed class JobBoard(ScanClock clock, AcquisitionEngine engine, JobRunStore runs)
{
    public const string Running = "Normal";
    public const string Paused = "Paused";

    public async Task<IReadOnlyList<JobSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var statuses = engine.Statuses().ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var totals = await runs.TotalsAsync(cancellationToken);
        var list = new List<JobSummary>();
        foreach (var scan in engine.Scans.OrderBy(s => s.Runtime.Device.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.ScanClass.Name, StringComparer.OrdinalIgnoreCase))
        {
            var device = scan.Runtime.Device.Name;
            var key = PollJobKeys.Job(device, scan.ScanClass.Name);
            var entry = clock.Find(key);
            var status = statuses[device];
            var total = totals.GetValueOrDefault(key);
            list.Add(new JobSummary(
                key, device, scan.ScanClass.Name, scan.ScanClass.Period.TotalMilliseconds, entry is null ? "None" : entry.Paused ? Paused : Running,
                entry is { Paused: false } ? entry.NextDue : null, entry?.LastStarted, status.LastLatencyMs,
                total?.Succeeded ?? 0, total?.Failed ?? 0, status.LastError));
        }

        return list;
    }

    /// <summary>The key of a listed job, or null when the applied map has no such job.</summary>
    public string? Find(string key) => clock.Find(key)?.Job;
}
