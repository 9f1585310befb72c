using HmiApp.Diagnostics;
using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Diagnostics;

[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class ServicePageComponentTests : IAsyncDisposable
{
    private readonly ComponentRenderer renderer = new(_ => { });

    [Fact]
    public async Task The_explanation_shows_each_test_with_the_value_seen_the_threshold_and_where_it_came_from()
    {
        var at = new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero);
        var explanation = new DiagnosticExplanation("esp-builtin", 3, at, at.AddMinutes(1),
        [
            new ExplanationStep("running", TelemetryFeature.Latest, TelemetrySignal.Running, ComparisonOperator.LessThan, 1, 0.5, null, false),
            new ExplanationStep("overload", TelemetryFeature.RatioToRated, TelemetrySignal.MotorCurrent, ComparisonOperator.GreaterThanOrEqual, 1.3125, 1.25, WellDiagnosticParameters.OverloadCurrentRatio, true),
        ], "leaf-overload");

        var html = await renderer.RenderAsync<DiagnosisExplanationTable>(new Dictionary<string, object?> { ["Explanation"] = explanation });

        Assert.Contains("tree esp-builtin v3", html);
        Assert.Contains("RatioToRated(MotorCurrent)", html);
        Assert.Contains("1.313", html);
        Assert.Contains("1.25", html);
        Assert.Contains("well parameter overloadCurrentRatio", html);
        Assert.Contains("absolute value in the tree", html);
    }

    [Theory]
    [InlineData(DiagnosisSeverity.Critical, true)]
    [InlineData(DiagnosisSeverity.High, true)]
    [InlineData(DiagnosisSeverity.Low, false)]
    [InlineData(DiagnosisSeverity.Info, false)]
    public async Task Critical_and_high_are_marked_abnormal_the_rest_are_not(DiagnosisSeverity severity, bool coloured)
    {
        var html = await renderer.RenderAsync<SeverityBadge>(new Dictionary<string, object?> { ["Severity"] = severity, ["Text"] = "X" });

        Assert.Equal(coloured, html.Contains("hmi-abnormal", StringComparison.Ordinal));
    }

    public ValueTask DisposeAsync() => renderer.DisposeAsync();
}
