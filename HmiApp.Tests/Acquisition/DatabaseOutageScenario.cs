using System.Net;
using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Runs;
using HmiApp.Infrastructure.Acquisition.Scanning;
using HmiApp.Infrastructure.Historian;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Acquisition;

/// <summary>
/// The whole app polling one device at 1 s while its database is out (issue 16): a register ramps so that every scan
/// reads a new value and the historian keeps one sample per scan. Watches every scan the clock starts, every live
/// value the table takes and <c>/readyz</c> through the outage, then checks what an operator relies on: no scan
/// missed or failed, one sample per scan in the history once the database is back, the live value Good and fresh
/// throughout, and the database reported unready while it is out.
/// </summary>
internal sealed class DatabaseOutageScenario : IAsyncDisposable
{
    private static readonly TimeSpan Period = TimeSpan.FromSeconds(1);
    private readonly HmiAppFactory app;
    private readonly ModbusUnit unit = ModbusUnit.InMemory(100);
    private readonly ModbusTcpServer server;
    private readonly CancellationTokenSource stopping = new();
    private readonly List<JobRun> runs = [];
    private readonly List<PointSnapshot> live = [];
    private readonly List<(DateTimeOffset At, HttpStatusCode Status)> probes = [];
    private Task? ramp;
    private long pointId;

    public DatabaseOutageScenario(HmiAppFactory app)
    {
        this.app = app;
        server = new ModbusTcpServer(
            new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 },
            new Dictionary<byte, IModbusUnit> { [1] = unit },
            NullLogger<ModbusTcpServer>.Instance);
    }

    /// <summary>Polls, takes the database out for <paramref name="outage"/>, brings it back, and asserts.</summary>
    public async Task RunAsync(TimeSpan outage, Func<Task> takeDatabaseOut, Func<Task> bringDatabaseBack)
    {
        server.Start();
        // The level counts up ten times a scan, so every scan reads a value the one before did not.
        ramp = Task.Run(async () =>
        {
            try
            {
                for (ushort level = 0; ; level++)
                {
                    unit.HoldingRegisters.Write(2, [level]);
                    await Task.Delay(Period / 10, stopping.Token);
                }
            }
            catch (OperationCanceledException)
            {
                // The scenario is over.
            }
        });

        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var maps = app.Services.GetRequiredService<PointMapService>();
        var preview = maps.Preview(PointMapFormat.Csv, PointMapFiles.Write(PointMapFormat.Csv, AcquisitionFixtures.Map(server.LocalEndPoint.Port, (int)Period.TotalMilliseconds).Map));
        Assert.True(preview.CanApply, string.Join("\n", preview.Import.Issues));
        var engine = app.Services.GetRequiredService<AcquisitionEngine>();
        var clock = app.Services.GetRequiredService<ScanClock>();
        var values = app.Services.GetRequiredService<CurrentValueTable>();
        var store = app.Services.GetRequiredService<IHistoryStore>();
        var writer = app.Services.GetRequiredService<HistorianWriter>();
        var job = PollJobKeys.Job("plc1", "fast");
        clock.Scanned += run =>
        {
            if (run.JobKey == job)
            {
                lock (runs)
                {
                    runs.Add(run);
                }
            }
        };
        values.Changed += snapshot =>
        {
            if (snapshot.PointId == Volatile.Read(ref pointId))
            {
                lock (live)
                {
                    live.Add(snapshot);
                }
            }
        };
        await maps.ApplyAsync(preview, "test", CancellationToken.None);
        Volatile.Write(ref pointId, engine.PointIdOf(new PointKey("plc1", "level")) ?? throw new InvalidOperationException("level has no id"));

        await Eventually.HoldsAsync(async () => (await HistoryAsync(store, DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1))).Count >= 3,
            TimeSpan.FromSeconds(30), "three samples of plc1/level in the history before the outage");

        var outageFrom = DateTimeOffset.UtcNow;
        await takeDatabaseOut();
        await Eventually.HoldsAsync(async () => await ProbeAsync(client) == HttpStatusCode.ServiceUnavailable,
            TimeSpan.FromSeconds(15), "/readyz answering 503 once the database is out");
        var unreadyFrom = DateTimeOffset.UtcNow;
        while (DateTimeOffset.UtcNow < outageFrom + outage)
        {
            await ProbeAsync(client);
            await Task.Delay(TimeSpan.FromSeconds(1));
        }

        var outageTo = DateTimeOffset.UtcNow;
        await bringDatabaseBack();
        await Eventually.HoldsAsync(async () => await ProbeAsync(client) == HttpStatusCode.OK,
            TimeSpan.FromSeconds(60), "/readyz answering 200 once the database is back");

        // The window checked: from just before the outage to a few scans after it, all written once the backlog is in.
        var from = outageFrom - 3 * Period;
        var to = DateTimeOffset.UtcNow + 3 * Period;
        await Eventually.HoldsAsync(() => Snapshot(runs).Any(r => r.StartedAt > to), TimeSpan.FromSeconds(30), "a scan after the outage window");
        await Eventually.HoldsAsync(async () => writer.BufferedSamples == 0 && (await HistoryAsync(store, to, to.AddMinutes(1))).Count > 0,
            TimeSpan.FromSeconds(60), "the historian's backlog written after the database came back");

        var scans = Snapshot(runs).Where(r => r.StartedAt >= from && r.StartedAt <= to).OrderBy(r => r.StartedAt).ToList();
        var expected = (int)((to - from) / Period) - 1;
        Assert.True(scans.Count >= expected, $"{scans.Count} scans from {from:HH:mm:ss.fff} to {to:HH:mm:ss.fff}; at a 1 s period at least {expected} were due");
        Assert.All(scans, r => Assert.True(r.Succeeded, $"the scan started {r.StartedAt:HH:mm:ss.fff} failed: {r.Error}"));
        AssertNoGap(scans.Select(r => r.StartedAt).ToList(), $"scan starts (database out {outageFrom:HH:mm:ss.fff} to {outageTo:HH:mm:ss.fff})");

        var history = await HistoryAsync(store, scans[0].StartedAt, scans[^1].StartedAt + TimeSpan.FromMilliseconds(scans[^1].DurationMs + 50));
        Assert.All(history, s => Assert.Equal(QualityStatus.Good, s.Quality));
        foreach (var scan in scans)
        {
            var taken = history.Count(s => s.Timestamp >= scan.StartedAt.AddMilliseconds(-1) && s.Timestamp <= scan.StartedAt.AddMilliseconds(scan.DurationMs + 50));
            Assert.True(taken == 1, $"the scan started {scan.StartedAt:HH:mm:ss.fff} has {taken} samples in the history, not one");
        }

        Assert.Equal(scans.Count, history.Count);
        Assert.Equal(history.Count, history.Select(s => s.Timestamp).Distinct().Count());

        var seen = Snapshot(live).Where(s => s.Timestamp >= from && s.Timestamp <= to).OrderBy(s => s.Timestamp).ToList();
        Assert.All(seen, s => Assert.True(s.Quality.IsGood, $"the live value at {s.Timestamp:HH:mm:ss.fff} was {s.Quality.Status}: {s.Quality.Reason}"));
        AssertNoGap(seen.Select(s => s.Timestamp).ToList(), $"live value updates (database out {outageFrom:HH:mm:ss.fff} to {outageTo:HH:mm:ss.fff})");

        var during = Snapshot(probes).Where(p => p.At >= unreadyFrom && p.At < outageTo).ToList();
        // A probe during a SQLite lock waits out its write probe's timeout (a few seconds), so there are fewer than one a second.
        Assert.True(during.Count >= 10, $"only {during.Count} /readyz probes during the outage");
        Assert.All(during, p => Assert.True(p.Status == HttpStatusCode.ServiceUnavailable, $"/readyz answered {(int)p.Status} at {p.At:HH:mm:ss.fff}, inside the outage"));
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        if (ramp is not null)
        {
            await ramp;
        }

        await server.DisposeAsync();
        stopping.Dispose();
    }

    private static void AssertNoGap(IReadOnlyList<DateTimeOffset> times, string what)
    {
        for (var i = 1; i < times.Count; i++)
        {
            var gap = times[i] - times[i - 1];
            Assert.True(gap < Period * 1.5, $"{what}: {gap.TotalMilliseconds:0} ms between {times[i - 1]:HH:mm:ss.fff} and {times[i]:HH:mm:ss.fff} at a {Period.TotalMilliseconds:0} ms period");
        }
    }

    private static List<T> Snapshot<T>(List<T> list)
    {
        lock (list)
        {
            return [.. list];
        }
    }

    private async Task<HttpStatusCode> ProbeAsync(HttpClient client)
    {
        var status = (await client.GetAsync("/readyz")).StatusCode;
        lock (probes)
        {
            probes.Add((DateTimeOffset.UtcNow, status));
        }

        return status;
    }

    private async Task<List<PointSample>> HistoryAsync(IHistoryStore store, DateTimeOffset from, DateTimeOffset to)
    {
        var samples = new List<PointSample>();
        await foreach (var sample in store.ReadAsync(pointId, HistoryTime.ToMicros(from), HistoryTime.ToMicros(to), null, CancellationToken.None))
        {
            samples.Add(sample);
        }

        return samples;
    }
}
