using HmiApp.Domain.Wells;

namespace HmiApp.Domain.Diagnostics;

/// <summary>"feature of signal, compared with threshold": the question a decision node asks.</summary>
public sealed record FeatureTest(TelemetryFeature Feature, TelemetrySignal Signal, ComparisonOperator Comparison, Threshold Threshold)
{
    public static bool Compare(double value, ComparisonOperator comparison, double threshold) => comparison switch
    {
        ComparisonOperator.GreaterThan => value > threshold,
        ComparisonOperator.GreaterThanOrEqual => value >= threshold,
        ComparisonOperator.LessThan => value < threshold,
        ComparisonOperator.LessThanOrEqual => value <= threshold,
        _ => throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "unknown comparison"),
    };

    public static string Symbol(ComparisonOperator comparison) => comparison switch
    {
        ComparisonOperator.GreaterThan => ">",
        ComparisonOperator.GreaterThanOrEqual => ">=",
        ComparisonOperator.LessThan => "<",
        ComparisonOperator.LessThanOrEqual => "<=",
        _ => comparison.ToString(),
    };
}
