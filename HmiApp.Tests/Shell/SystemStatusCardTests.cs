using HmiApp.Health;
using HmiApp.Overview;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HmiApp.Tests.Shell;

[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class SystemStatusCardTests
{
    [Fact]
    public async Task A_failing_readiness_check_is_shown_as_abnormal_with_its_reason()
    {
        await using var renderer = new ComponentRenderer(services => services.AddSingleton<SharedReadinessReport>().AddHealthChecks()
            .AddCheck("database", () => HealthCheckResult.Unhealthy("Database not reachable."), tags: [HealthTags.Ready])
            .AddCheck("scheduler", () => HealthCheckResult.Healthy("Running."), tags: [HealthTags.Ready])
            .AddCheck("process", () => HealthCheckResult.Healthy(), tags: [HealthTags.Live]));

        var card = renderer.Render<SystemStatusCard>();

        // The checks run asynchronously after the first render.
        card.WaitForAssertion(() => Assert.Contains("<li class=\"hmi-check hmi-abnormal\" data-check=\"database\">", card.Markup), TimeSpan.FromSeconds(10));
        var html = card.Markup;
        Assert.Contains("Database not reachable.", html);
        Assert.Contains("<li class=\"hmi-check \" data-check=\"scheduler\">", html);
        Assert.DoesNotContain("data-check=\"process\"", html);
    }
}
