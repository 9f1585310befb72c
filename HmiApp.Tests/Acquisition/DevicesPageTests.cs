using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Mqtt;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using HmiApp.Devices;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Tests.TestSupport;
using MudBlazor.Services;

namespace HmiApp.Tests.Acquisition;

[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class DevicesPageTests
{
    [Fact]
    public async Task Shows_each_point_with_its_quality_stale_and_bad_marked_with_their_reasons()
    {
        var time = new ManualTime(new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero));
        var (engine, values, broadcaster) = AcquisitionFixtures.Engine(time);
        await engine.ApplyAsync(AcquisitionFixtures.Map(port: 5020), CancellationToken.None);
        var now = time.GetUtcNow();
        values.Set(new PointSnapshot(1, PointValue.FromNumber(12.5), Quality.Good, now, now));
        values.Set(new PointSnapshot(2, PointValue.FromNumber(21.5), Quality.Stale("no fresh read for 3 s"), now.AddSeconds(-3), now.AddSeconds(-3)));
        values.Set(new PointSnapshot(3, PointValue.NoValue, Quality.Bad("timeout: no answer"), now, null));
        await using var meters = new ServiceCollection().AddMetrics().BuildServiceProvider();
        await using var renderer = new ComponentRenderer(s =>
        {
            s.AddSingleton<TimeProvider>(time);
            s.AddMudServices();
            s.AddSingleton(engine);
            s.AddSingleton(values);
            s.AddSingleton(broadcaster);
            s.AddSingleton(new DeviceStatusBoard(engine, new MqttAcquisition(
                values, [], Options.Create(AcquisitionFixtures.FastOptions()), new MqttMetrics(meters.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()), NullLoggerFactory.Instance, time)));
        });

        // MudBlazor's grid measures itself in the browser; what it draws there is the E2E suite's to check.
        renderer.JSInterop.Mode = JSRuntimeMode.Loose;
        var html = await renderer.RenderAsync<DevicesPage>();

        Assert.Contains("data-quality=\"Good\"", html, StringComparison.Ordinal);
        Assert.Matches("hmi-quality--uncertain\" data-quality=\"Uncertain\">.*?21.5.*?STALE.*?no fresh read for 3 s.*?3 s ago", html.ReplaceLineEndings(" "));
        Assert.Matches("hmi-quality--bad\" data-quality=\"Bad\">.*?BAD.*?timeout: no answer", html.ReplaceLineEndings(" "));
        Assert.Contains("breaker closed", html, StringComparison.Ordinal);
        Assert.Equal(1, broadcaster.SubscriptionCount);
        await engine.DisposeAsync();
    }
}
