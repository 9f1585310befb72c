using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Audit;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Writing;
using HmiApp.Infrastructure.Simulation;
using HmiApp.Infrastructure.Wells;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Tests.Wells;

/// <summary>
/// The running app with one simulated well: its telemetry fed from acquisition's values of its bound points,
/// stale at once when they are not Good; the engineer's edits validated and audited; the VSD commanded
/// through the point writer and the simulated well following.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class WellEditorServiceTests : IAsyncLifetime
{
    private const string WellId = "W-6";

    private readonly HmiAppFactory app = new HmiAppFactory()
        .With("Simulator:Enabled", "true")
        .With("Simulator:TestDevicePort", "0")
        .With("Simulator:TimeScale", "10")
        .With("Simulator:ScanPeriod", "00:00:00.200")
        .With("Wells:FeedInterval", "00:00:00.050")
        .With("Simulator:Wells:0:Id", WellId)
        .With("Simulator:Wells:0:Name", "Well 6")
        .With("Simulator:Wells:0:InitialFrequencyHz", "55")
        .With("Simulator:Wells:0:Port", FreePort.Next().ToString(CultureInfo.InvariantCulture));

    private T Get<T>()
        where T : notnull => app.Services.GetRequiredService<T>();

    [Fact]
    public async Task Readings_are_the_bound_points_values_and_a_silent_device_marks_the_well_stale_at_once()
    {
        var client = await app.CreateApiClientAsync();
        var buffer = Get<WellTelemetryBuffer>();
        var freshness = Get<WellTelemetryFreshness>();
        var engine = Get<AcquisitionEngine>();
        var values = Get<CurrentValueTable>();

        // A reading carries exactly what acquisition read in the poll that stamps it. A poll's requests are stamped
        // one by one (the well's holding registers a moment after its input registers) and the reading takes the
        // newest stamp, so the FlowRate of the same poll is the one seen last at or before the reading's stamp,
        // within well under the 200 ms scan period. Every poll's FlowRate seen while waiting is kept for that.
        var polled = new SortedDictionary<DateTimeOffset, double>();
        await Eventually.HoldsAsync(() =>
        {
            if (engine.PointIdOf(new PointKey(WellId, "FlowRate")) is { } id && values.Get(id) is { Quality.IsGood: true } flow)
            {
                polled[flow.Timestamp] = flow.Value.Number;
            }

            var reading = buffer.Latest(WellId);
            return reading is not null
                && polled.LastOrDefault(p => p.Key <= reading.Timestamp) is { Key: var stamp, Value: var number }
                && reading.Timestamp - stamp < TimeSpan.FromMilliseconds(50)
                && reading.FlowRateBblPerDay == number;
        }, "a reading equal to the FlowRate point's value of the same poll", TimeSpan.FromSeconds(20));
        Assert.Equal(new WellFeedState(false, null, freshness.Of(WellId)!.Since), freshness.Of(WellId));

        (await client.PutAsync($"/api/v1/simulator/devices/{WellId}/faults/StopAnswering", null)).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(() => freshness.Of(WellId) is { IsStale: true }, "the well marked stale", TimeSpan.FromSeconds(10));
        var stale = freshness.Of(WellId)!;
        Assert.Matches($@"^\w+: point {WellId}/\w+ is (Uncertain|Bad) \(", stale.Reason);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/wells");
        var well = list.EnumerateArray().Single(w => w.GetProperty("well").GetProperty("id").GetString() == WellId);
        Assert.True(well.GetProperty("isStale").GetBoolean());
        // Nothing read after the device fell silent was ingested as fresh.
        Assert.True(buffer.Latest(WellId)!.Timestamp < stale.Since, "a reading newer than the stale mark");

        (await client.DeleteAsync($"/api/v1/simulator/devices/{WellId}/faults/StopAnswering")).EnsureSuccessStatusCode();
        await Eventually.HoldsAsync(() => freshness.Of(WellId) is { IsStale: false } && buffer.Latest(WellId)!.Timestamp > stale.Since,
            "fresh readings again after the device answers", TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task Edits_are_validated_by_the_domain_stored_and_audited_old_to_new()
    {
        await app.CreateApiClientAsync();
        var editing = Get<WellEditing>();
        var catalog = Get<WellCatalog>();
        var settings = Get<WellSettingsStore>();
        var engine = Get<AcquisitionEngine>();
        var well = catalog.All.Single(w => w.Well.Id == WellId).Well;

        var tooWide = await editing.SaveIdentityAsync(() => new Well(well.Id, well.Name, well.Field, well.PumpModel, well.RatedFlowBblPerDay, well.RatedMotorCurrentAmps,
            well.RatedFrequencyHz, well.RatedMotorTemperatureC, well.MaxMotorTemperatureC, well.CasingInnerDiameterInches, well.CasingInnerDiameterInches + 1), "erin", null, CancellationToken.None);
        Assert.StartsWith("the motor must fit inside the casing", tooWide?.Reason, StringComparison.Ordinal);
        Assert.Equal("motorOuterDiameterInches", tooWide?.Field);

        Assert.Null(await editing.SaveIdentityAsync(() => new Well(well.Id, "Well Six", well.Field, well.PumpModel, 2100, well.RatedMotorCurrentAmps,
            well.RatedFrequencyHz, well.RatedMotorTemperatureC, well.MaxMotorTemperatureC, well.CasingInnerDiameterInches, well.MotorOuterDiameterInches), "erin", null, CancellationToken.None));
        Assert.Equal("Well Six", catalog.All.Single(w => w.Well.Id == WellId).Well.Name);

        Assert.Equal(new WellRefusal("maxHz", "maxHz = 20 is invalid: must be above minHz (40 Hz)"), await editing.SaveFrequencyLimitsAsync(WellId, 40, 20, "erin", null, CancellationToken.None));
        Assert.Null(await editing.SaveFrequencyLimitsAsync(WellId, 40, 65, "erin", null, CancellationToken.None));

        Assert.Equal(["parameter 'maxVibrationG' = -1 is invalid: must be >= 0"],
            await editing.SaveThresholdsAsync(WellId, new Dictionary<string, double> { ["maxVibrationG"] = -1 }, "erin", null, CancellationToken.None));
        Assert.Empty(await editing.SaveThresholdsAsync(WellId, new Dictionary<string, double> { ["maxVibrationG"] = 0.8 }, "erin", null, CancellationToken.None));

        await Eventually.HoldsAsync(() => engine.Current.Map.Points.Count > 0, "the simulated map applied");
        var tags = settings.BindingsOf(WellId, engine.Current.Map);
        var readOnlyControl = new WellPointBindings(tags.Telemetry, new Dictionary<WellControl, PointKey> { [WellControl.FrequencySetpoint] = new(WellId, "VsdFrequency") });
        Assert.Equal([$"FrequencySetpoint: point {WellId}/VsdFrequency is not writable"],
            await editing.SaveBindingsAsync(WellId, readOnlyControl, "erin", null, CancellationToken.None));
        Assert.Null(settings.StoredBindings(WellId));
        var withoutTorque = new WellPointBindings(tags.Telemetry.Where(t => t.Key != TelemetrySignal.Torque).ToDictionary(), tags.Controls);
        Assert.Empty(await editing.SaveBindingsAsync(WellId, withoutTorque, "erin", null, CancellationToken.None));
        Assert.Equal([TelemetrySignal.Torque], settings.BindingsOf(WellId, engine.Current.Map).Unbound);
        await Eventually.HoldsAsync(() => Get<WellTelemetryFreshness>().Of(WellId) is null, "the well no longer fed from points");

        // Stored: a fresh store loads what the editor saved.
        var reloaded = new WellSettingsStore(Get<IServiceScopeFactory>());
        await reloaded.LoadAsync(CancellationToken.None);
        Assert.Equal([TelemetrySignal.Torque], reloaded.StoredBindings(WellId)!.Unbound);
        Assert.Equal(new WellFrequencyLimits(40, 65), reloaded.FrequencyLimitsOf(well));

        var audit = await Get<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.Wells, Actor = "erin" }, CancellationToken.None);
        var byAction = audit.ToDictionary(e => e.Action);
        Assert.Equal(["edit bindings", "edit frequency limits", "edit identity", "edit thresholds"], byAction.Keys.Order());
        Assert.Equal(("Name=Well 6; RatedFlowBblPerDay=2000", "Name=Well Six; RatedFlowBblPerDay=2100"), (byAction["edit identity"].OldValue, byAction["edit identity"].NewValue));
        Assert.Equal(("frequency limits=30..70 Hz", "frequency limits=40..65 Hz"), (byAction["edit frequency limits"].OldValue, byAction["edit frequency limits"].NewValue));
        Assert.Equal(("maxVibrationG=1 (default)", "maxVibrationG=0.8"), (byAction["edit thresholds"].OldValue, byAction["edit thresholds"].NewValue));
        Assert.Equal(($"Torque={WellId}/Torque", "Torque=unbound"), (byAction["edit bindings"].OldValue, byAction["edit bindings"].NewValue));
    }

    [Fact]
    public async Task The_vsd_setpoint_is_written_within_limits_read_back_and_followed_and_every_attempt_is_audited()
    {
        await app.CreateApiClientAsync();
        var control = Get<WellVsdControl>();
        var simulated = Get<SimulatedPlant>().Wells.Single(w => w.Id == WellId);
        await Eventually.HoldsAsync(() => control.Current(WellId, WellControl.FrequencySetpoint) is { Quality.IsGood: true }, "the setpoint point read");

        var refused = await control.SetFrequencyAsync(WellId, 75, "otto", "127.0.0.1", CancellationToken.None);
        Assert.False(refused.Succeeded);
        Assert.Null(refused.Write);
        Assert.Equal("75 Hz is above the well's maximum frequency 70 Hz", refused.Detail);

        var written = await control.SetFrequencyAsync(WellId, 48, "otto", "127.0.0.1", CancellationToken.None);
        Assert.True(written.Succeeded, written.Detail);
        Assert.Equal(PointWriteStatus.Written, written.Write!.Status);
        Assert.Equal(48, written.Write.ReadBack!.Value.Number);
        Assert.Equal(("55 Hz", "48 Hz"), (written.Old, written.New));
        await Eventually.HoldsAsync(() => simulated.LastReading is { } r && Math.Abs(r.VsdFrequencyHz - 48) < 0.5, "the simulated VSD at 48 Hz", TimeSpan.FromSeconds(20));

        var stop = await control.SetRunningAsync(WellId, false, "otto", "127.0.0.1", CancellationToken.None);
        Assert.True(stop.Succeeded, stop.Detail);
        await Eventually.HoldsAsync(() => simulated.LastReading is { IsRunning: false }, "the simulated motor stopped", TimeSpan.FromSeconds(20));

        var audit = await Get<IAuditTrail>().SearchAsync(new AuditQuery { Category = AuditCategories.Wells, Actor = "otto" }, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "write FrequencySetpoint", Outcome: AuditOutcome.Failure, NewValue: "75 Hz" } && e.Reason == "refused: 75 Hz is above the well's maximum frequency 70 Hz");
        Assert.Contains(audit, e => e is { Action: "write FrequencySetpoint", Outcome: AuditOutcome.Success, OldValue: "55 Hz", NewValue: "48 Hz" } && e.Reason!.Contains("read back 48", StringComparison.Ordinal));
        Assert.Contains(audit, e => e is { Action: "write RunCommand", Outcome: AuditOutcome.Success, OldValue: "run", NewValue: "stop" });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
