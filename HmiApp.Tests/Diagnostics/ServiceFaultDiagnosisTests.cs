using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Domain.Diagnostics;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Simulation.Wells;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace HmiApp.Tests.Diagnostics;

/// <summary>
/// The running app against the real simulated plant: every fault is injected through the fault REST API into
/// its own simulated well, read over Modbus TCP, evaluated on the recurring schedule, announced, and Normal
/// comes back after the repair. Simulated time runs 20x (a 60 s simulated window is 3 s here).
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class ServiceFaultDiagnosisTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly (WellFault Fault, string Code)[] Faults =
    [
        (WellFault.GasInterference, DiagnosisCodes.GasInterference),
        (WellFault.GasLock, DiagnosisCodes.GasLock),
        (WellFault.PumpOff, DiagnosisCodes.PumpOff),
        (WellFault.BrokenShaft, DiagnosisCodes.BrokenShaft),
        (WellFault.TubingLeak, DiagnosisCodes.TubingLeak),
        (WellFault.ClosedValve, DiagnosisCodes.ClosedValve),
        (WellFault.BlockedIntake, DiagnosisCodes.BlockedIntake),
        (WellFault.ScaleOrSolids, DiagnosisCodes.ScaleOrSolids),
        (WellFault.MotorOverheating, DiagnosisCodes.MotorOverheating),
        (WellFault.BearingWear, DiagnosisCodes.HighVibration),
        (WellFault.Overload, DiagnosisCodes.Overload),
        (WellFault.PhaseImbalance, DiagnosisCodes.PhaseImbalance),
        (WellFault.InsulationBreakdown, DiagnosisCodes.InsulationFault),
    ];

    /// <summary>Ten simulated windows: the slowest faults need six, plus confirmation and a loaded machine.</summary>
    private static readonly TimeSpan PhaseDeadline = TimeSpan.FromSeconds(50);

    private readonly HmiAppFactory app = CreateApp();
    private readonly ConcurrentQueue<DiagnosisChanged> announced = new();

    private static string WellId(WellFault fault) => $"W-{(int)fault + 1}";

    private static HmiAppFactory CreateApp()
    {
        static string S(double v) => v.ToString(CultureInfo.InvariantCulture);
        var factory = new HmiAppFactory()
            .With("Simulator:Enabled", "true")
            .With("Simulator:TestDevicePort", "0")
            .With("Simulator:TimeScale", "20")
            .With("Simulator:StepInterval", "00:00:00.050")
            .With("Simulator:ScanPeriod", "00:00:00.100")
            .With("Wells:FeedInterval", "00:00:00.050")
            .With("Diagnostics:WindowLength", "00:00:03")
            .With("Diagnostics:EvaluationPeriod", "00:00:01")
            .With("Diagnostics:ConfirmEvaluations", "2")
            // Five simulated minutes of steady running before the baseline is taken.
            .With("Diagnostics:BaselineSettleTime", "00:00:15");
        foreach (var (fault, _) in Faults)
        {
            var i = (int)fault;
            factory.With($"Simulator:Wells:{i}:Id", WellId(fault))
                .With($"Simulator:Wells:{i}:Name", $"Well {i + 1}")
                .With($"Simulator:Wells:{i}:Port", S(FreePort.Next()))
                .With($"Simulator:Wells:{i}:Seed", S(500 + i));
        }

        return factory;
    }

    [Fact]
    public async Task Each_simulated_fault_is_announced_through_modbus_and_normal_returns_after_the_repair()
    {
        var client = await app.CreateApiClientAsync();
        app.Services.GetRequiredService<IDiagnosisEvents>().Changed += (_, change) => announced.Enqueue(change);
        var wells = Faults.Select(f => WellId(f.Fault)).ToList();

        await WaitForAsync(client, wells.ToDictionary(w => w, _ => DiagnosisCodes.Normal), "baseline and NORMAL before any fault", TimeSpan.FromSeconds(60));

        foreach (var (fault, _) in Faults)
        {
            (await client.PutAsync($"/api/v1/simulator/wells/{WellId(fault)}/faults/{fault}", null)).EnsureSuccessStatusCode();
        }

        await WaitForAsync(client, Faults.ToDictionary(f => WellId(f.Fault), f => f.Code), "each fault named", PhaseDeadline);

        foreach (var (fault, _) in Faults)
        {
            (await client.DeleteAsync($"/api/v1/simulator/wells/{WellId(fault)}/faults/{fault}")).EnsureSuccessStatusCode();
        }

        await WaitForAsync(client, wells.ToDictionary(w => w, _ => DiagnosisCodes.Normal), "NORMAL after the repair", PhaseDeadline);

        // Every announced fault was an event, and is on the well's timeline.
        foreach (var (fault, code) in Faults)
        {
            Assert.Contains(announced, c => c.WellId == WellId(fault) && c.Current.Code == code);
            var timeline = await client.GetFromJsonAsync<JsonElement>($"/api/v1/wells/{WellId(fault)}/diagnoses?changesOnly=true");
            Assert.Contains(timeline.EnumerateArray(), d => d.GetProperty("code").GetString() == code);
        }

        // The other diagnosis that fitted, stored with the history and served by the REST API.
        var shaft = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/wells/{WellId(WellFault.BrokenShaft)}/diagnoses?changesOnly=true"))
            .EnumerateArray().First(d => d.GetProperty("code").GetString() == DiagnosisCodes.BrokenShaft);
        var alternative = Assert.Single(shaft.GetProperty("alternatives").EnumerateArray());
        Assert.Equal(DiagnosisCodes.ClosedValve, alternative.GetProperty("code").GetString());
        Assert.Contains("no-load", alternative.GetProperty("tellApart").GetString(), StringComparison.Ordinal);

        var explanation = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/wells/{WellId(WellFault.GasLock)}/diagnoses?pageSize=1"))[0].GetProperty("explanation");
        Assert.NotEmpty(explanation.GetProperty("steps").EnumerateArray());
    }

    private async Task WaitForAsync(HttpClient client, Dictionary<string, string> expected, string phase, TimeSpan deadline)
    {
        var until = DateTime.UtcNow + deadline;
        Dictionary<string, string> seen = [];
        var started = DateTime.UtcNow;
        while (DateTime.UtcNow < until)
        {
            var wells = await client.GetFromJsonAsync<JsonElement>("/api/v1/wells");
            seen = wells.EnumerateArray().ToDictionary(
                w => w.GetProperty("well").GetProperty("id").GetString()!,
                w => w.GetProperty("diagnosis").ValueKind == JsonValueKind.Object ? w.GetProperty("diagnosis").GetProperty("code").GetString()! : "(none)");
            if (expected.All(e => seen.GetValueOrDefault(e.Key) == e.Value))
            {
                output.WriteLine($"{phase}: after {(DateTime.UtcNow - started).TotalSeconds:0.0} s");
                return;
            }

            await Task.Delay(250);
        }

        var wrong = expected.Where(e => seen.GetValueOrDefault(e.Key) != e.Value).Select(e => $"{e.Key}: expected {e.Value}, is {seen.GetValueOrDefault(e.Key, "(missing)")}");
        Assert.Fail($"{phase}: not reached within {deadline.TotalSeconds} s: {string.Join("; ", wrong)}");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
