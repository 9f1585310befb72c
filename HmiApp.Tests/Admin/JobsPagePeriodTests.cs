using HmiApp.Admin.Jobs;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Runs;
using HmiApp.Infrastructure.Acquisition.Scanning;
using HmiApp.Tests.Access;
using HmiApp.Tests.Acquisition;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Admin;

/// <summary>
/// The jobs page's period change on the running app: a period the map's check refuses is named beside the field
/// (typed value kept, nothing applied); a good period is applied to the scan class.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class JobsPagePeriodTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    private T Get<T>()
        where T : notnull => app.Services.GetRequiredService<T>();

    private TimeSpan Period => Get<AcquisitionEngine>().Current.Map.ScanClasses.Single(c => c.Name == "fast").Period;

    [Fact]
    public async Task A_period_too_short_is_named_beside_the_field_and_not_applied_then_a_good_one_is()
    {
        using var admin = await app.CircuitOfAsync(HmiAppFactory.AdminUserName);
        await using var renderer = new ComponentRenderer(services => services
            .AddSingleton(Get<JobBoard>()).AddSingleton(Get<JobRunStore>()).AddSingleton(Get<PointMapService>())
            .AddSingleton(Get<PollScheduler>()).AddSingleton(Get<ScanClock>()).AddSingleton(Get<IAuditTrail>())
            .AddSingleton(admin.Writers));
        var page = renderer.Render<JobsPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid^=change-period-]")));

        page.Find("[data-testid^=change-period-]").Click();
        page.Find("#period-ms").Change("50");
        page.Find("[data-testid=apply-period]").Click();

        page.WaitForAssertion(() => Assert.Contains("periodMs: Period 50 ms is too short", page.FieldError("period-ms"), StringComparison.Ordinal));
        Assert.Equal("50", page.Find("#period-ms").GetAttribute("value"));
        Assert.Equal(TimeSpan.FromMilliseconds(200), Period);

        page.Find("#period-ms").Change("500");
        page.Find("[data-testid=apply-period]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=period-editor]")));
        Assert.Equal(TimeSpan.FromMilliseconds(500), Period);
    }

    public async Task InitializeAsync()
    {
        // Nothing listens on the port: the scan class only has to be in the applied map.
        var map = AcquisitionFixtures.Map(FreePort.Next()).Map;
        await Get<PointMapService>().ApplyAsync(new PointMapPreview(new PointMapImport(map, [], []), []), "commissioning", CancellationToken.None);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
