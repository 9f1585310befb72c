using System.Diagnostics;
using System.Globalization;
using HmiApp.UiLoad.Blazor;

namespace HmiApp.UiLoad.Scenarios;

/// <summary>
/// Many real overview circuits without a browser each (<see cref="BlazorCircuit"/>): for each step, opens circuits up
/// to that many, lets them settle, then measures for the given time: latency from a value's acquisition to the render
/// batch that carries it arriving at the client (the server's whole share of acquisition→DOM; no DOM is built), the
/// server's CPU, and its memory per circuit: live managed heap after forced full collections, and resident set, each
/// minus the same reading with no circuit open, over the circuits.
/// </summary>
public static class CircuitLoadScenario
{
    private const double MaxFailedShare = 0.1;

    public static async Task RunAsync(AppUnderLoad app, SignedInSession session, IReadOnlyList<int> steps, int seconds, int openConcurrency, int heapTypes, string? keepDumpsIn, CancellationToken cancellationToken)
    {
        var recorder = new LatencyRecorder();

        // Warm up the circuit paths (JIT, pools) so that the baseline is not missing what every circuit shares.
        foreach (var warm in await OpenAsync(session, recorder, 3, openConcurrency, cancellationToken))
        {
            await warm.DisposeAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(3), cancellationToken);
        var baseline = await app.HeapAsync(cancellationToken);
        var baselineTypes = heapTypes > 0 ? app.HeapTypes(keepDumpsIn) : null;
        Console.WriteLine($"circuits: baseline with none open: {Describe(baseline)}; {LoadAverage.Now()}");

        var circuits = new List<BlazorCircuit>();
        try
        {
            foreach (var target in steps)
            {
                var opening = Stopwatch.StartNew();
                var failures = new List<string>();
                while (circuits.Count < target && failures.Count <= target * MaxFailedShare)
                {
                    try
                    {
                        circuits.AddRange(await OpenAsync(session, recorder, Math.Min(openConcurrency, target - circuits.Count), openConcurrency, cancellationToken));
                    }
                    catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TimeoutException or System.Net.WebSockets.WebSocketException or InvalidDataException)
                    {
                        failures.Add(ex.Message);
                    }
                }

                Console.WriteLine($"circuits: opened {circuits.Count} in {opening.Elapsed.TotalSeconds:0} s, {failures.Count} failed to open{(failures.Count > 0 ? ": " + failures.Distinct().First() : "")}");
                await Task.Delay(TimeSpan.FromSeconds(Math.Min(seconds, 10)), cancellationToken);

                var cpuBefore = app.CpuTime();
                var wall = Stopwatch.StartNew();
                recorder.Start();
                await Task.Delay(TimeSpan.FromSeconds(seconds), cancellationToken);
                var latencies = recorder.Stop();
                var cpu = (app.CpuTime() - cpuBefore).TotalSeconds / wall.Elapsed.TotalSeconds;
                var load = LoadAverage.Now();

                var open = circuits.Count(c => c.IsOpen);
                var broken = circuits.Where(c => !c.IsOpen).Select(c => c.Failure ?? "socket not open").Distinct().ToList();
                var heap = await app.HeapAsync(cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"circuits: {open} open ({circuits.Count - open} broken{(broken.Count > 0 ? ": " + broken[0] : "")}), acquisition→batch: {LatencyRecorder.Describe(latencies)}; server CPU {cpu * 100:0} % of one core; {load}"));
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"circuits: {open} open: {Describe(heap)}; per circuit: live heap {PerCircuitKb(heap.LiveBytes - baseline.LiveBytes, open)} KB, " +
                    $"GC committed {PerCircuitKb(heap.CommittedBytes - baseline.CommittedBytes, open)} KB, RSS {PerCircuitKb(heap.ResidentBytes - baseline.ResidentBytes, open)} KB"));
                if (baselineTypes is not null && open > 0)
                {
                    Console.WriteLine($"circuits: heap growth by type, per circuit (top {heapTypes}):");
                    foreach (var line in app.HeapTypes(keepDumpsIn).GrowthPerCircuit(baselineTypes, open, heapTypes))
                    {
                        Console.WriteLine("  " + line);
                    }
                }

                if (failures.Count > target * MaxFailedShare)
                {
                    Console.WriteLine($"circuits: stopped, more than {MaxFailedShare:P0} of the circuits failed to open");
                    break;
                }
            }
        }
        finally
        {
            foreach (var circuit in circuits)
            {
                await circuit.DisposeAsync();
            }
        }
    }

    private static async Task<List<BlazorCircuit>> OpenAsync(SignedInSession session, LatencyRecorder recorder, int count, int concurrency, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(concurrency);
        var opening = Enumerable.Range(0, count).Select(async _ =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                return await BlazorCircuit.OpenAsync(session, "", circuit => circuit.BatchReceived += (batch, at) =>
                {
                    var found = new List<double>();
                    AcquisitionStamps.Find(batch, at, found);
                    foreach (var ms in found)
                    {
                        recorder.Add(ms);
                    }
                }, cancellationToken);
            }
            finally
            {
                gate.Release();
            }
        }).ToList();
        return [.. await Task.WhenAll(opening)];
    }

    private static string Describe(HeapReading h) => string.Create(CultureInfo.InvariantCulture,
        $"live heap {h.LiveBytes / 1048576.0:0.0} MB, GC heap {h.HeapSizeBytes / 1048576.0:0.0} MB, GC committed {h.CommittedBytes / 1048576.0:0.0} MB, RSS {h.ResidentBytes / 1048576.0:0} MB");

    private static string PerCircuitKb(long bytes, int circuits) =>
        circuits == 0 ? "?" : (bytes / 1024.0 / circuits).ToString("0", CultureInfo.InvariantCulture);
}
