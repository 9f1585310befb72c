using System.Globalization;
using HmiApp.Domain.Wells;

namespace HmiApp.Domain.Diagnostics;

/// <summary>
/// One test on the path: what was measured, what it was compared with, where that threshold came from
/// (<see cref="ThresholdParameter"/> null means an absolute number in the tree) and which way it went.
/// </summary>
public sealed record ExplanationStep(
    string NodeId,
    TelemetryFeature Feature,
    TelemetrySignal Signal,
    ComparisonOperator Comparison,
    double FeatureValue,
    double ThresholdValue,
    string? ThresholdParameter,
    bool Outcome)
{
    public string ThresholdSource => ThresholdParameter is null
        ? "absolute"
        : $"parameter {ThresholdParameter} = {Format(ThresholdValue)}";

    public string Describe() =>
        $"{NodeId}: {Feature}({Signal}) = {Format(FeatureValue)} {FeatureTest.Symbol(Comparison)} {Format(ThresholdValue)} ({ThresholdSource}) -> {(Outcome ? "true" : "false")}";

    private static string Format(double value) => value.ToString("0.####", CultureInfo.InvariantCulture);
}
