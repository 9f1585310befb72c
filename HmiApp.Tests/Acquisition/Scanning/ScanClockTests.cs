using System.Collections.Concurrent;
using System.Net;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Runs;
using HmiApp.Infrastructure.Acquisition.Scanning;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Acquisition.Scanning;

/// <summary>
/// The in-process scan clock against our Modbus server: scans start on a fixed grid one period apart, a window
/// counts what its scans did, a paused scan starts nothing while its grid goes on, and a period change restarts
/// only the loop of the scan that changed.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class ScanClockTests : IAsyncLifetime
{
    private const string Job = "poll:plc1:fast";
    private readonly ModbusUnit unit = ModbusUnit.InMemory(1000);
    private readonly ConcurrentQueue<JobRun> runs = new();
    private ModbusTcpServer? server;
    private AcquisitionEngine? engine;
    private ScanClock? clock;

    public async Task InitializeAsync()
    {
        server = new ModbusTcpServer(new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 }, new Dictionary<byte, IModbusUnit> { [1] = unit }, NullLogger<ModbusTcpServer>.Instance);
        server.Start();
        (engine, _, _) = AcquisitionFixtures.Engine(TimeProvider.System);
        await engine.ApplyAsync(AcquisitionFixtures.Map(server.LocalEndPoint.Port, periodMs: 100), CancellationToken.None);
        clock = new ScanClock(engine, new SingleNodeOwnership(), TimeProvider.System);
        clock.Scanned += runs.Enqueue;
    }

    [Fact]
    public async Task Scans_start_on_a_grid_one_period_apart_and_a_window_counts_them()
    {
        await clock!.SyncAsync(engine!.Scans, new HashSet<string>(), CancellationToken.None);
        await Eventually.HoldsAsync(() => runs.Count >= 6, "six scans");

        var window = clock.CloseWindow(Job)!;
        var taken = runs.ToArray();
        var slots = taken.Select(r => r.ScheduledAt).Order().ToArray();
        // Slots are whole periods apart; a wider gap is a start the clock missed (a stalled machine) and counted.
        var gaps = slots.Zip(slots.Skip(1), (a, b) => (b - a).TotalMilliseconds).ToArray();
        Assert.All(gaps, g => Assert.Equal(0, g % 100, precision: 3));
        Assert.True(gaps.Sum(g => Math.Round(g / 100) - 1) <= window.Missed, $"gaps {string.Join(", ", gaps)} but {window.Missed} missed counted");
        Assert.All(taken, r => Assert.True(r.Succeeded, r.Error));
        Assert.All(taken, r => Assert.True(r.StartedAt >= r.ScheduledAt, $"started {r.StartedAt:O} before its slot {r.ScheduledAt:O}"));
        Assert.True(window.Scans >= taken.Length, window.ToString());
        Assert.Equal((0, 0), (window.Failed, window.Skipped));
        Assert.Null(window.LastError);
        var next = clock.CloseWindow(Job)!;
        Assert.Equal(window.To, next.From);
        Assert.True(next.Scans <= 1, next.ToString());
    }

    [Fact]
    public async Task A_paused_scan_starts_nothing_while_its_grid_goes_on_and_resumes_on_it()
    {
        await clock!.SyncAsync(engine!.Scans, new HashSet<string> { Job }, CancellationToken.None);
        var firstDue = clock.Find(Job)!.NextDue;
        await Eventually.HoldsAsync(() => clock.Find(Job)!.NextDue >= firstDue.AddMilliseconds(500), "the grid of the paused scan moves on by five periods");
        Assert.Empty(runs);
        Assert.True(clock.Find(Job)!.Paused);

        Assert.True(clock.SetPaused(Job, false));
        await Eventually.HoldsAsync(() => runs.Count >= 2, "scans again after resume");
        var offGrid = runs.Select(r => (r.ScheduledAt - firstDue).TotalMilliseconds % 100).Where(ms => Math.Abs(ms) > 0.01).ToList();
        Assert.Empty(offGrid);
        Assert.False(clock.SetPaused("poll:nothing:fast", true));
    }

    [Fact]
    public async Task A_period_change_restarts_the_loop_at_the_new_period()
    {
        await clock!.SyncAsync(engine!.Scans, new HashSet<string>(), CancellationToken.None);
        await Eventually.HoldsAsync(() => runs.Count >= 2, "scans at 100 ms");
        await engine.ApplyAsync(AcquisitionFixtures.Map(server!.LocalEndPoint.Port, periodMs: 250), CancellationToken.None);
        await clock.SyncAsync(engine.Scans, new HashSet<string>(), CancellationToken.None);
        Assert.Equal(TimeSpan.FromMilliseconds(250), clock.Find(Job)!.Period);
        // A scan of the old loop may still finish after the change; only slots after it count.
        var changed = DateTimeOffset.UtcNow;
        await Eventually.HoldsAsync(() => runs.Count(r => r.ScheduledAt > changed) >= 3, "scans at 250 ms");
        var slots = runs.Where(r => r.ScheduledAt > changed).Take(3).Select(r => r.ScheduledAt).Order().ToArray();
        Assert.Equal(0, (slots[1] - slots[0]).TotalMilliseconds % 250, precision: 3);
        Assert.Equal(0, (slots[2] - slots[1]).TotalMilliseconds % 250, precision: 3);
    }

    public async Task DisposeAsync()
    {
        await clock!.DisposeAsync();
        await engine!.DisposeAsync();
        await server!.DisposeAsync();
    }
}
