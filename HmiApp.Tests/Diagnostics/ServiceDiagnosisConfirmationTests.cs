using HmiApp.Infrastructure.Diagnostics;

namespace HmiApp.Tests.Diagnostics;

public sealed class ServiceDiagnosisConfirmationTests
{
    [Fact]
    public void A_new_diagnosis_is_announced_only_after_two_evaluations_in_a_row_agree()
    {
        var confirmation = new DiagnosisConfirmation(required: 2);

        Assert.False(confirmation.Observe("NORMAL"));
        Assert.True(confirmation.Observe("NORMAL"));
        Assert.Equal("NORMAL", confirmation.Announced);

        Assert.False(confirmation.Observe("GAS_LOCK"));
        Assert.False(confirmation.Observe("NORMAL"));
        Assert.False(confirmation.Observe("GAS_LOCK"));
        Assert.Equal("NORMAL", confirmation.Announced);
        Assert.True(confirmation.Observe("GAS_LOCK"));
        Assert.Equal("GAS_LOCK", confirmation.Announced);
    }

    [Fact]
    public void A_candidate_interrupted_by_another_code_starts_counting_again()
    {
        var confirmation = new DiagnosisConfirmation(required: 3);
        confirmation.Restore("NORMAL");

        Assert.False(confirmation.Observe("OVERLOAD"));
        Assert.False(confirmation.Observe("OVERLOAD"));
        Assert.False(confirmation.Observe("PHASE_IMBALANCE"));
        Assert.False(confirmation.Observe("OVERLOAD"));
        Assert.False(confirmation.Observe("OVERLOAD"));
        Assert.True(confirmation.Observe("OVERLOAD"));
    }

    [Fact]
    public void With_one_required_every_change_is_announced_at_once_and_a_repeat_is_not()
    {
        var confirmation = new DiagnosisConfirmation(required: 1);

        Assert.True(confirmation.Observe("NORMAL"));
        Assert.False(confirmation.Observe("NORMAL"));
        Assert.True(confirmation.Observe("STOPPED"));
    }
}
