using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Health;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Heating;
using HmiApp.Infrastructure.Mqtt;
using HmiApp.Live;
using HmiApp.Overview;
using HmiApp.Tests.Acquisition;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.Overview;

/// <summary>
/// The overview's key values as an operator sees them change: pushed by the live broadcast (no re-render from the
/// test), with quality and age, never a stale value shown as fresh.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class PlantOverviewTests : IAsyncLifetime
{
    private readonly ManualTime pageClock = new(DateTimeOffset.UtcNow);
    private readonly AcquisitionEngine engine;
    private readonly CurrentValueTable values;
    private readonly LiveValueBroadcaster broadcaster;
    private long tankId;

    public PlantOverviewTests() => (engine, values, broadcaster) = AcquisitionFixtures.Engine(TimeProvider.System);

    [Fact]
    public async Task A_key_value_arrives_good_then_turns_stale_with_the_age_of_its_last_good_read()
    {
        await using var renderer = Renderer();
        var overview = renderer.Render<PlantOverview>();
        Assert.Equal("not read yet", Tank(overview).QuerySelector("[data-testid=live-age]")!.TextContent);
        Assert.Equal("Uncertain", Tank(overview).GetAttribute("data-quality"));

        var read = pageClock.GetUtcNow();
        values.Set(new PointSnapshot(tankId, PointValue.FromNumber(42.5), Quality.Good, read, read));
        overview.WaitForAssertion(() => Assert.Equal("Good", Tank(overview).GetAttribute("data-quality")), TimeSpan.FromSeconds(10));
        Assert.Equal("42.50", Tank(overview).QuerySelector(".hmi-live__value")!.TextContent);
        Assert.Null(Tank(overview).QuerySelector("[data-testid=live-age]"));

        pageClock.Advance(TimeSpan.FromSeconds(12));
        values.Set(new PointSnapshot(tankId, PointValue.FromNumber(42.5), Quality.Stale("no answer"), read, read));
        overview.WaitForAssertion(() => Assert.Equal("Uncertain", Tank(overview).GetAttribute("data-quality")), TimeSpan.FromSeconds(10));
        Assert.Equal("STALE", Tank(overview).QuerySelector(".hmi-quality-mark")!.TextContent);
        Assert.Equal("12 s old", Tank(overview).QuerySelector("[data-testid=live-age]")!.TextContent);
        Assert.Contains("hmi-quality--uncertain", Tank(overview).ClassName, StringComparison.Ordinal);
    }

    public async Task InitializeAsync()
    {
        await broadcaster.StartAsync(CancellationToken.None);
        var map = AcquisitionFixtures.Map(port: 1, extraPoints: "Point,tank,,,,,,,,plc1,HoldingRegisters,10,Int16,,,overview");
        await engine.ApplyAsync(map, CancellationToken.None);
        tankId = map.PointIds.Single(p => p.Key.Name == "tank").Value;
    }

    public async Task DisposeAsync()
    {
        await broadcaster.StopAsync(CancellationToken.None);
        await engine.DisposeAsync();
    }

    private ComponentRenderer Renderer() => new(services => services
        .AddSingleton(engine).AddSingleton(values).AddSingleton(broadcaster)
        .AddSingleton<TimeProvider>(pageClock)
        .AddSingleton(Options.Create(new AcquisitionOptions()))
        .AddMetrics().AddSingleton<MqttMetrics>().AddSingleton<MqttAcquisition>().AddSingleton<DeviceStatusBoard>()
        .AddSingleton<LiveValueMarkupCache>()
        .AddSingleton(new HeatingPlantReader(new HeatingRegisterBank(pageClock, TimeSpan.FromSeconds(30)), Options.Create(new HeatingOptions { Mode = "Disabled" })))
        .AddSingleton<SharedReadinessReport>()
        .AddHealthChecks());

    private AngleSharp.Dom.IElement Tank(IRenderedComponent<PlantOverview> overview) =>
        overview.Find($"[data-testid=featured-values] [data-point-id='{tankId}']");
}
