using HmiApp.Domain.Diagnostics;

namespace HmiApp.Tests.Diagnostics;

public sealed class WellDiagnosticParametersTests
{
    [Fact]
    public void Overrides_from_configuration_are_applied_over_the_defaults()
    {
        var overrides = new Dictionary<string, double> { ["overloadCurrentRatio"] = 1.4, ["maxVibrationG"] = 0.8 };

        Assert.True(WellDiagnosticParameters.TryFromOverrides(overrides, out var parameters, out var errors));
        Assert.Empty(errors);
        Assert.Equal(1.4, parameters.ValueOf(WellDiagnosticParameters.OverloadCurrentRatio));
        Assert.Equal(0.8, parameters.ValueOf(WellDiagnosticParameters.MaxVibrationG));
        Assert.Equal(WellDiagnosticParameters.Defaults.ValueOf(WellDiagnosticParameters.NoFlowRatio), parameters.ValueOf(WellDiagnosticParameters.NoFlowRatio));
    }

    [Fact]
    public void Bad_overrides_are_all_reported_and_none_applied()
    {
        var overrides = new Dictionary<string, double> { ["overloadCurrentRatio"] = 1.4, ["overloadRatio"] = 1.3, ["maxVibrationG"] = double.NaN };

        Assert.False(WellDiagnosticParameters.TryFromOverrides(overrides, out var parameters, out var errors));
        Assert.Equal(["unknown diagnostic parameter 'overloadRatio'", "parameter 'maxVibrationG' = NaN is not a finite number"], errors);
        Assert.Same(WellDiagnosticParameters.Defaults, parameters);
    }

    [Fact]
    public void Every_parameter_the_built_in_tree_uses_has_a_default()
    {
        var used = BuiltInDiagnosticTree.Create().Nodes
            .Select(n => n.Test?.Threshold.Parameter)
            .OfType<string>()
            .Distinct();

        Assert.All(used, name => Assert.True(WellDiagnosticParameters.Defaults.Values.ContainsKey(name), name));
    }

    [Fact]
    public void Every_default_is_used_by_the_built_in_tree()
    {
        var used = BuiltInDiagnosticTree.Create().Nodes.Select(n => n.Test?.Threshold.Parameter).OfType<string>().ToHashSet();

        Assert.Subset(used, WellDiagnosticParameters.Defaults.Values.Keys.ToHashSet());
    }

    [Fact]
    public void A_negative_override_is_refused_naming_the_parameter_and_the_defaults_stay()
    {
        var ok = WellDiagnosticParameters.TryFromOverrides(
            new Dictionary<string, double> { [WellDiagnosticParameters.OverloadCurrentRatio] = -1.3, [WellDiagnosticParameters.MaxVibrationG] = 0.8 },
            out var parameters,
            out var errors);

        Assert.False(ok);
        Assert.Equal(["parameter 'overloadCurrentRatio' = -1.3 is invalid: must be >= 0"], errors);
        Assert.Same(WellDiagnosticParameters.Defaults, parameters);
    }
}
