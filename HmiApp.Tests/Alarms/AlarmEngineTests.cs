using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Alarms;
using HmiApp.Domain.Diagnostics;
using HmiApp.Infrastructure.Alarms;
using static HmiApp.Tests.Alarms.AlarmEngineHarness;

namespace HmiApp.Tests.Alarms;

public sealed class AlarmEngineTests
{
    [Fact]
    public void A_high_alarm_appears_with_the_value_that_crosses_its_limit_and_returns_only_below_limit_minus_deadband()
    {
        using var h = new AlarmEngineHarness(Define("TT-101.H", AlarmKind.High, limit: 80, deadband: 2));

        h.Value(1, 80);
        Assert.Equal(AlarmState.Normal, h.StateOf("TT-101.H"));
        h.Value(1, 80.1);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("TT-101.H"));
        h.Value(1, 78.0);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("TT-101.H"));
        h.Value(1, 77.99);
        Assert.Equal(AlarmState.ReturnedUnacknowledged, h.StateOf("TT-101.H"));

        Assert.True(h.Engine.Acknowledge("TT-101.H", "ana").Succeeded);
        Assert.Equal(AlarmState.Normal, h.StateOf("TT-101.H"));
        Assert.Equal(
            [(AlarmEvent.ConditionActive, AlarmState.Unacknowledged), (AlarmEvent.ConditionCleared, AlarmState.ReturnedUnacknowledged), (AlarmEvent.Acknowledge, AlarmState.Normal)],
            h.Journal.Entries.Select(e => (e.Event, e.ToState)));
        Assert.Equal("ana", h.Journal.Entries[^1].User);
    }

    [Fact]
    public void A_low_alarm_returns_only_above_limit_plus_deadband_and_acknowledged_alarms_go_straight_to_normal()
    {
        using var h = new AlarmEngineHarness(Define("PT-7.LL", AlarmKind.LowLow, limit: 10, deadband: 1.5));

        h.Value(1, 9.9);
        Assert.True(h.Engine.Acknowledge("PT-7.LL", "ana").Succeeded);
        Assert.Equal(AlarmState.Acknowledged, h.StateOf("PT-7.LL"));
        h.Value(1, 11.5);
        Assert.Equal(AlarmState.Acknowledged, h.StateOf("PT-7.LL"));
        h.Value(1, 11.51);
        Assert.Equal(AlarmState.Normal, h.StateOf("PT-7.LL"));
    }

    [Fact]
    public void Bad_quality_leaves_an_analog_condition_as_it_was_and_raises_the_bad_quality_alarm()
    {
        using var h = new AlarmEngineHarness(Define("TT-1.H", AlarmKind.High, limit: 50), Define("TT-1.BAD", AlarmKind.BadQuality));

        h.Value(1, 60);
        h.Value(1, null, QualityStatus.Bad);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("TT-1.H"));
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("TT-1.BAD"));
        Assert.Equal(AlarmClass.System, h.Engine.Find("TT-1.BAD")!.Class);
        h.Value(1, 40);
        Assert.Equal(AlarmState.ReturnedUnacknowledged, h.StateOf("TT-1.BAD"));
        Assert.Equal(AlarmState.ReturnedUnacknowledged, h.StateOf("TT-1.H"));
    }

    [Fact]
    public void On_delay_raises_the_alarm_exactly_when_the_condition_has_held_that_long_and_a_short_excursion_never()
    {
        using var h = new AlarmEngineHarness(Define("FT-3.H", AlarmKind.High, limit: 100) with { OnDelay = TimeSpan.FromSeconds(5) });

        h.Value(1, 120);
        h.Clock.Advance(TimeSpan.FromSeconds(4));
        h.Value(1, 90);
        h.Clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(AlarmState.Normal, h.StateOf("FT-3.H"));

        h.Value(1, 120);
        var raisedAt = h.Clock.GetUtcNow() + TimeSpan.FromSeconds(5);
        h.Clock.Advance(TimeSpan.FromSeconds(5) - TimeSpan.FromTicks(1));
        Assert.Equal(AlarmState.Normal, h.StateOf("FT-3.H"));
        h.Clock.Advance(TimeSpan.FromTicks(1));
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("FT-3.H"));
        Assert.Equal(raisedAt, Assert.Single(h.Journal.Entries).Time);
    }

    [Fact]
    public void Off_delay_keeps_the_alarm_active_until_the_condition_has_been_gone_that_long()
    {
        using var h = new AlarmEngineHarness(Define("FT-3.H", AlarmKind.High, limit: 100) with { OffDelay = TimeSpan.FromSeconds(30) });

        h.Value(1, 120);
        h.Value(1, 90);
        h.Clock.Advance(TimeSpan.FromSeconds(20));
        h.Value(1, 130);
        h.Value(1, 80);
        h.Clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("FT-3.H"));
        h.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(AlarmState.ReturnedUnacknowledged, h.StateOf("FT-3.H"));
        Assert.Equal(2, h.Journal.Entries.Count);
    }

    [Fact]
    public void A_shelved_alarm_is_annunciated_again_when_its_shelf_expires_while_the_condition_holds()
    {
        using var h = new AlarmEngineHarness(Define("LT-2.H", AlarmKind.High, limit: 5));
        h.Value(1, 6);
        h.Engine.Acknowledge("LT-2.H", "ana");

        var shelved = h.Engine.Shelve("LT-2.H", "ana", "level gauge being recalibrated", TimeSpan.FromHours(1));
        Assert.True(shelved.Succeeded);
        Assert.Equal(h.Clock.GetUtcNow() + TimeSpan.FromHours(1), shelved.Alarm!.ShelvedUntil);
        h.Value(1, 4);
        h.Value(1, 7);
        h.Clock.Advance(TimeSpan.FromMinutes(59));
        Assert.Equal(AlarmState.Shelved, h.StateOf("LT-2.H"));

        h.Clock.Advance(TimeSpan.FromMinutes(1));
        var alarm = h.Engine.Find("LT-2.H")!;
        Assert.Equal(AlarmState.Unacknowledged, alarm.State);
        Assert.Null(alarm.ShelvedUntil);
        var expiry = h.Journal.Entries[^1];
        Assert.Equal((AlarmEvent.Unshelve, "system", "shelf expired"), (expiry.Event, expiry.User, expiry.Comment));
    }

    [Fact]
    public void A_shelf_that_expires_after_the_condition_cleared_returns_the_alarm_to_normal()
    {
        using var h = new AlarmEngineHarness(Define("LT-2.H", AlarmKind.High, limit: 5));
        h.Value(1, 6);
        h.Engine.Shelve("LT-2.H", "ana", "known", TimeSpan.FromMinutes(10));
        h.Value(1, 4);
        h.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(AlarmState.Normal, h.StateOf("LT-2.H"));
    }

    [Theory]
    [InlineData(0, "reason", "duration")]
    [InlineData(481, "reason", "duration")]
    [InlineData(60, " ", "reason")]
    public void Shelving_needs_a_reason_and_a_duration_up_to_the_maximum(int minutes, string reason, string namedField)
    {
        using var h = new AlarmEngineHarness(Define("LT-2.H", AlarmKind.High, limit: 5));
        h.Value(1, 6);
        var result = h.Engine.Shelve("LT-2.H", "ana", reason, TimeSpan.FromMinutes(minutes));
        Assert.Equal(AlarmCommandOutcome.Refused, result.Outcome);
        Assert.StartsWith(namedField, result.Error);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("LT-2.H"));
    }

    [Fact]
    public void Low_flow_is_suppressed_by_design_while_the_well_is_stopped_even_when_both_change_in_one_scan()
    {
        var lowFlow = Define("W-101.FLOW.L", AlarmKind.Low, point: 1, limit: 20) with
        {
            Suppression = new SuppressionCondition(2, AlarmComparison.Equal, 0),
        };
        using var h = new AlarmEngineHarness(lowFlow);
        var now = h.Clock.GetUtcNow();
        h.Engine.OnValues([new AlarmInput(2, 1, QualityStatus.Good, now), new AlarmInput(1, 50, QualityStatus.Good, now)]);

        h.Engine.OnValues([new AlarmInput(1, 0, QualityStatus.Good, now), new AlarmInput(2, 0, QualityStatus.Good, now)]);
        Assert.Equal(AlarmState.SuppressedByDesign, h.StateOf("W-101.FLOW.L"));
        Assert.DoesNotContain(h.Journal.Entries, e => e.ToState == AlarmState.Unacknowledged);

        h.Value(2, 1);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("W-101.FLOW.L"));
    }

    [Fact]
    public void An_alarm_out_of_service_ignores_its_condition_and_on_return_takes_the_state_the_condition_dictates()
    {
        using var h = new AlarmEngineHarness(Define("PT-9.H", AlarmKind.High, limit: 5));
        Assert.Equal(AlarmCommandOutcome.Refused, h.Engine.RemoveFromService("PT-9.H", "eng", "").Outcome);
        Assert.True(h.Engine.RemoveFromService("PT-9.H", "eng", "transmitter replaced").Succeeded);
        Assert.Equal("transmitter replaced", h.Engine.Find("PT-9.H")!.Reason);

        h.Value(1, 9);
        Assert.Equal(AlarmState.OutOfService, h.StateOf("PT-9.H"));
        Assert.Equal(AlarmCommandOutcome.Refused, h.Engine.Acknowledge("PT-9.H", "ana").Outcome);
        Assert.Equal(AlarmCommandOutcome.Refused, h.Engine.Shelve("PT-9.H", "ana", "x", TimeSpan.FromMinutes(1)).Outcome);

        Assert.True(h.Engine.ReturnToService("PT-9.H", "eng").Succeeded);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("PT-9.H"));
        Assert.Null(h.Engine.Find("PT-9.H")!.Reason);
    }

    [Fact]
    public void Deviation_compares_two_points_with_a_deadband()
    {
        var zone = Define("ZONE-1.DEV", AlarmKind.Deviation, point: 1, limit: 3, deadband: 1) with { SetpointPointId = 2 };
        using var h = new AlarmEngineHarness(zone);
        h.Value(2, 21);
        h.Value(1, 24);
        Assert.Equal(AlarmState.Normal, h.StateOf("ZONE-1.DEV"));
        h.Value(1, 17.5);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("ZONE-1.DEV"));
        h.Value(2, 19.5);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("ZONE-1.DEV"));
        h.Value(2, 19.4);
        Assert.Equal(AlarmState.ReturnedUnacknowledged, h.StateOf("ZONE-1.DEV"));
    }

    [Fact]
    public void Rate_of_change_is_per_minute_between_successive_values()
    {
        using var h = new AlarmEngineHarness(Define("TT-5.ROC", AlarmKind.RateOfChange, limit: 2));
        h.Value(1, 50);
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        h.Value(1, 51);
        Assert.Equal(AlarmState.Normal, h.StateOf("TT-5.ROC"));
        h.Clock.Advance(TimeSpan.FromSeconds(30));
        h.Value(1, 49.9);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("TT-5.ROC"));
        Assert.Equal(2.2, h.Engine.Find("TT-5.ROC")!.Value!.Value, 6);
    }

    [Fact]
    public void Discrete_alarm_on_a_run_status_and_lost_communication_of_a_device()
    {
        var tripped = Define("P-1.TRIP", AlarmKind.Discrete) with { DiscreteComparison = AlarmComparison.NotEqual, DiscreteValue = 1, Priority = AlarmPriority.Urgent };
        var comms = new AlarmDefinition { Name = "W-101.COMMS", Kind = AlarmKind.CommunicationLost, DeviceId = "W-101", Message = "W-101 does not answer" };
        using var h = new AlarmEngineHarness(tripped, comms);

        h.Value(1, 1);
        Assert.Equal(AlarmState.Normal, h.StateOf("P-1.TRIP"));
        h.Value(1, 0);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("P-1.TRIP"));

        var now = h.Clock.GetUtcNow();
        h.Engine.OnDeviceCommunication([new DeviceCommunicationInput("W-102", false, now)]);
        Assert.Equal(AlarmState.Normal, h.StateOf("W-101.COMMS"));
        h.Engine.OnDeviceCommunication([new DeviceCommunicationInput("W-101", false, now)]);
        Assert.Equal(AlarmState.Unacknowledged, h.StateOf("W-101.COMMS"));
        Assert.Equal(["P-1.TRIP", "W-101.COMMS"], h.Engine.ActiveAlarms().Select(a => a.Key));
    }

    [Fact]
    public void High_and_critical_diagnoses_are_advisory_alarms_that_can_be_acknowledged_and_clear_when_no_longer_diagnosed()
    {
        using var h = new AlarmEngineHarness();
        Diagnosis Diagnosis(string code, DiagnosisSeverity severity) => new(code, $"{code} title", severity, 0.9, ["check"], TimeSpan.FromHours(1));

        h.Engine.OnDiagnoses("W-101", [Diagnosis("GAS_LOCK", DiagnosisSeverity.Critical), Diagnosis("WEAR", DiagnosisSeverity.Medium)]);
        var advisory = Assert.Single(h.Engine.ActiveAlarms());
        Assert.Equal((AlarmClass.Advisory, "advisory:W-101:GAS_LOCK", "GAS_LOCK title", "W-101"), (advisory.Class, advisory.Key, advisory.Message, advisory.Tags.Well));
        Assert.True(h.Engine.Acknowledge(advisory.Key, "ana").Succeeded);

        h.Engine.OnDiagnoses("W-102", []);
        Assert.Equal(AlarmState.Acknowledged, h.StateOf(advisory.Key));
        h.Engine.OnDiagnoses("W-101", []);
        Assert.Equal(AlarmState.Normal, h.StateOf(advisory.Key));
    }

    [Fact]
    public void Restored_status_continues_where_the_journal_left_off_without_a_new_entry()
    {
        using var before = new AlarmEngineHarness(Define("TT-1.H", AlarmKind.High, limit: 50), Define("TT-2.H", AlarmKind.High, point: 2, limit: 50));
        before.Value(1, 60);
        before.Value(2, 60);
        before.Engine.Shelve("TT-2.H", "ana", "sensor fouled", TimeSpan.FromHours(2));
        before.Engine.OnDiagnoses("W-1", [new Diagnosis("PUMP_OFF", "Pump off", DiagnosisSeverity.High, 1, [], TimeSpan.Zero)]);
        var latest = before.Journal.Entries.GroupBy(e => e.AlarmKey).Select(g => g.Last()).ToList();

        using var after = new AlarmEngineHarness(Define("TT-1.H", AlarmKind.High, limit: 50), Define("TT-2.H", AlarmKind.High, point: 2, limit: 50));
        after.Engine.Restore(latest);
        Assert.Empty(after.Journal.Entries);
        Assert.Equal(AlarmState.Unacknowledged, after.StateOf("TT-1.H"));
        Assert.Equal(AlarmState.Shelved, after.StateOf("TT-2.H"));
        Assert.Equal("sensor fouled", after.Engine.Find("TT-2.H")!.Reason);
        Assert.Equal(AlarmState.Unacknowledged, after.StateOf("advisory:W-1:PUMP_OFF"));

        after.Value(1, 40);
        Assert.Equal(AlarmState.ReturnedUnacknowledged, after.StateOf("TT-1.H"));
        after.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(AlarmState.Unacknowledged, after.StateOf("TT-2.H"));
    }

    [Fact]
    public void Acknowledging_refuses_normal_alarms_names_unknown_ones_and_needs_a_user()
    {
        using var h = new AlarmEngineHarness(Define("A", AlarmKind.High, limit: 1));
        Assert.Equal(AlarmCommandOutcome.Refused, h.Engine.Acknowledge("A", "ana").Outcome);
        Assert.Equal(AlarmCommandOutcome.UnknownAlarm, h.Engine.Acknowledge("B", "ana").Outcome);
        h.Value(1, 2);
        Assert.Equal(AlarmCommandOutcome.Refused, h.Engine.Acknowledge("A", "").Outcome);
        Assert.Equal(["A"], h.Engine.AcknowledgeAll(["A", "B"], "ana"));
    }

    [Fact]
    public void Invalid_definitions_are_refused_naming_alarm_field_and_value()
    {
        using var h = new AlarmEngineHarness();
        var error = Assert.Throws<ArgumentException>(() => h.Engine.LoadDefinitions(
        [
            Define("X", AlarmKind.High),
            Define("Y", AlarmKind.Deviation, limit: 2, deadband: 3),
            Define("Y", AlarmKind.Low, limit: 1) with { Priority = (AlarmPriority)7 },
        ]));
        Assert.Contains("Alarm 'X', limit: is missing", error.Message);
        Assert.Contains("Alarm 'Y', setpointPoint: is missing", error.Message);
        Assert.Contains("Alarm 'Y', deadband: 3 must be smaller than the limit 2", error.Message);
        Assert.Contains("Alarm 'Y', priority: 7 is not a priority", error.Message);
        Assert.Contains("'Y' is defined 2 times", error.Message);
    }

    [Fact]
    public void Changed_is_raised_once_per_batch_of_values_not_per_alarm()
    {
        var definitions = Enumerable.Range(1, 1000).Select(i => Define($"T{i}.H", AlarmKind.High, point: i, limit: 10)).ToArray();
        using var h = new AlarmEngineHarness(definitions);
        var raised = 0;
        h.Engine.Changed += (_, _) => Interlocked.Increment(ref raised);

        var now = h.Clock.GetUtcNow();
        h.Engine.OnValues(Enumerable.Range(1, 1000).Select(i => new AlarmInput(i, 11, QualityStatus.Good, now)).ToList());
        Assert.Equal(1, raised);
        Assert.Equal(1000, h.Engine.ActiveAlarms().Count);
        h.Engine.OnValues(Enumerable.Range(1, 1000).Select(i => new AlarmInput(i, 12, QualityStatus.Good, now)).ToList());
        Assert.Equal(1, raised);
    }
}
