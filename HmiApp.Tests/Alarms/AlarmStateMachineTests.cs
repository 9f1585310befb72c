using HmiApp.Domain.Alarms;
using static HmiApp.Domain.Alarms.AlarmEvent;
using static HmiApp.Domain.Alarms.AlarmState;

namespace HmiApp.Tests.Alarms;

/// <summary>Every ISA-18.2 state against every event: 7 states × 9 events, plus the condition-dependent exits.</summary>
public sealed class AlarmStateMachineTests
{
    // State, event, condition active after the event, suppressed by design after the event, expected state.
    public static TheoryData<AlarmState, AlarmEvent, bool, bool, AlarmState> Table => new()
    {
        { Normal, ConditionActive, true, false, Unacknowledged },
        { Normal, ConditionCleared, false, false, Normal },
        { Normal, Acknowledge, false, false, Normal },
        { Normal, Shelve, false, false, Shelved },
        { Normal, Unshelve, false, false, Normal },
        { Normal, SuppressByDesign, false, true, SuppressedByDesign },
        { Normal, ReleaseDesignSuppression, false, false, Normal },
        { Normal, RemoveFromService, false, false, OutOfService },
        { Normal, ReturnToService, false, false, Normal },

        { Unacknowledged, ConditionActive, true, false, Unacknowledged },
        { Unacknowledged, ConditionCleared, false, false, ReturnedUnacknowledged },
        { Unacknowledged, Acknowledge, true, false, Acknowledged },
        { Unacknowledged, Shelve, true, false, Shelved },
        { Unacknowledged, Unshelve, true, false, Unacknowledged },
        { Unacknowledged, SuppressByDesign, true, true, SuppressedByDesign },
        { Unacknowledged, ReleaseDesignSuppression, true, false, Unacknowledged },
        { Unacknowledged, RemoveFromService, true, false, OutOfService },
        { Unacknowledged, ReturnToService, true, false, Unacknowledged },

        { Acknowledged, ConditionActive, true, false, Acknowledged },
        { Acknowledged, ConditionCleared, false, false, Normal },
        { Acknowledged, Acknowledge, true, false, Acknowledged },
        { Acknowledged, Shelve, true, false, Shelved },
        { Acknowledged, Unshelve, true, false, Acknowledged },
        { Acknowledged, SuppressByDesign, true, true, SuppressedByDesign },
        { Acknowledged, ReleaseDesignSuppression, true, false, Acknowledged },
        { Acknowledged, RemoveFromService, true, false, OutOfService },
        { Acknowledged, ReturnToService, true, false, Acknowledged },

        { ReturnedUnacknowledged, ConditionActive, true, false, Unacknowledged },
        { ReturnedUnacknowledged, ConditionCleared, false, false, ReturnedUnacknowledged },
        { ReturnedUnacknowledged, Acknowledge, false, false, Normal },
        { ReturnedUnacknowledged, Shelve, false, false, Shelved },
        { ReturnedUnacknowledged, Unshelve, false, false, ReturnedUnacknowledged },
        { ReturnedUnacknowledged, SuppressByDesign, false, true, SuppressedByDesign },
        { ReturnedUnacknowledged, ReleaseDesignSuppression, false, false, ReturnedUnacknowledged },
        { ReturnedUnacknowledged, RemoveFromService, false, false, OutOfService },
        { ReturnedUnacknowledged, ReturnToService, false, false, ReturnedUnacknowledged },

        { Shelved, ConditionActive, true, false, Shelved },
        { Shelved, ConditionCleared, false, false, Shelved },
        { Shelved, Acknowledge, true, false, Shelved },
        { Shelved, Shelve, true, false, Shelved },
        { Shelved, Unshelve, true, false, Unacknowledged },
        { Shelved, Unshelve, false, false, Normal },
        { Shelved, Unshelve, true, true, SuppressedByDesign },
        { Shelved, SuppressByDesign, true, true, Shelved },
        { Shelved, ReleaseDesignSuppression, true, false, Shelved },
        { Shelved, RemoveFromService, true, false, OutOfService },
        { Shelved, ReturnToService, true, false, Shelved },

        { SuppressedByDesign, ConditionActive, true, true, SuppressedByDesign },
        { SuppressedByDesign, ConditionCleared, false, true, SuppressedByDesign },
        { SuppressedByDesign, Acknowledge, true, true, SuppressedByDesign },
        { SuppressedByDesign, Shelve, true, true, SuppressedByDesign },
        { SuppressedByDesign, Unshelve, true, true, SuppressedByDesign },
        { SuppressedByDesign, SuppressByDesign, true, true, SuppressedByDesign },
        { SuppressedByDesign, ReleaseDesignSuppression, true, false, Unacknowledged },
        { SuppressedByDesign, ReleaseDesignSuppression, false, false, Normal },
        { SuppressedByDesign, RemoveFromService, true, true, OutOfService },
        { SuppressedByDesign, ReturnToService, true, true, SuppressedByDesign },

        { OutOfService, ConditionActive, true, false, OutOfService },
        { OutOfService, ConditionCleared, false, false, OutOfService },
        { OutOfService, Acknowledge, true, false, OutOfService },
        { OutOfService, Shelve, true, false, OutOfService },
        { OutOfService, Unshelve, true, false, OutOfService },
        { OutOfService, SuppressByDesign, true, true, OutOfService },
        { OutOfService, ReleaseDesignSuppression, true, false, OutOfService },
        { OutOfService, RemoveFromService, true, false, OutOfService },
        { OutOfService, ReturnToService, true, false, Unacknowledged },
        { OutOfService, ReturnToService, false, false, Normal },
        { OutOfService, ReturnToService, true, true, SuppressedByDesign },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_state_and_event_leads_to_the_ISA_18_2_state(AlarmState state, AlarmEvent alarmEvent, bool conditionActive, bool suppressed, AlarmState expected)
    {
        Assert.Equal(expected, AlarmStateMachine.Next(state, alarmEvent, conditionActive, suppressed));
    }

    [Fact]
    public void The_table_covers_every_state_with_every_event()
    {
        var covered = Table.Select(row => ((AlarmState)row[0], (AlarmEvent)row[1])).ToHashSet();
        var missing = Enum.GetValues<AlarmState>().SelectMany(s => Enum.GetValues<AlarmEvent>().Select(e => (s, e))).Where(p => !covered.Contains(p)).ToList();
        Assert.Empty(missing);
    }

    [Fact]
    public void Only_UNACK_and_RTNUN_wait_for_acknowledgement_and_only_active_or_RTNUN_states_are_annunciated()
    {
        Assert.Equal([Unacknowledged, ReturnedUnacknowledged], Enum.GetValues<AlarmState>().Where(s => s.NeedsAcknowledgement()));
        Assert.Equal([Unacknowledged, Acknowledged, ReturnedUnacknowledged], Enum.GetValues<AlarmState>().Where(s => s.IsAnnunciated()));
    }
}
