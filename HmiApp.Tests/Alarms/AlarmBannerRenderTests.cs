using HmiApp.Alarms;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.Web.HtmlRendering;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;

namespace HmiApp.Tests.Alarms;

/// <summary>
/// The banner on the framework's HtmlRenderer with a real engine: a flood of 1,000 alarms, each one a
/// separate change notification, must cost a handful of renders, not one per alarm.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class AlarmBannerRenderTests : IAsyncDisposable
{
    private const int Flood = 1000;
    private readonly ManualTimeProvider clock = new();
    private readonly AlarmEngine engine;
    private readonly ServiceProvider services;
    private readonly HtmlRenderer renderer;

    public AlarmBannerRenderTests()
    {
        engine = new AlarmEngine(clock, new RecordingJournalSink(), new AlarmOptions());
        engine.LoadDefinitions(Enumerable.Range(1, 2 * Flood)
            .Select(i => AlarmEngineHarness.Define($"TT-{i}.H", AlarmKind.High, point: i, limit: 100) with { Priority = (AlarmPriority)(1 + i % 4) })
            .ToList());
        services = new ServiceCollection()
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton(engine)
            .AddSingleton<IJSRuntime, NoJavaScript>()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
    }

    [Fact]
    public async Task A_flood_of_1000_alarms_one_notification_each_renders_the_banner_a_handful_of_times()
    {
        var counter = new RenderCounter();
        var banner = await renderer.Dispatcher.InvokeAsync(() => renderer.RenderComponentAsync<CountingAlarmBanner>(ParameterView.FromDictionary(
            new Dictionary<string, object?> { [nameof(CountingAlarmBanner.Counter)] = counter, [nameof(AlarmBanner.Audible)] = false })));
        Assert.Equal(1, counter.Count);
        Assert.Contains("No alarms", await HtmlAsync(banner));

        RaiseOneByOne(1, Flood);
        Assert.Equal(1, counter.Count);
        clock.Advance(TimeSpan.Zero);
        await Eventually.HoldsAsync(() => counter.Count == 2, "the first coalesced render ran");
        var html = await HtmlAsync(banner);
        Assert.Contains($"data-unacknowledged=\"{Flood}\"", html);
        Assert.Contains("data-testid=\"alarm-count-1\">P1 250<", html);

        // A second wave inside the render interval waits for its end, then renders once.
        RaiseOneByOne(Flood + 1, 2 * Flood);
        clock.Advance(AlarmBanner.RenderInterval - TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, counter.Count);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        await Eventually.HoldsAsync(() => counter.Count == 3, "the second coalesced render ran");
        Assert.Contains($"data-unacknowledged=\"{2 * Flood}\"", await HtmlAsync(banner));

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(3, counter.Count);
    }

    [Fact]
    public async Task The_banner_shows_the_most_urgent_and_newest_unacknowledged_alarm()
    {
        var banner = await renderer.Dispatcher.InvokeAsync(() => renderer.RenderComponentAsync<AlarmBanner>(ParameterView.FromDictionary(
            new Dictionary<string, object?> { [nameof(AlarmBanner.Audible)] = false })));
        RaiseOneByOne(1, 3);
        clock.Advance(TimeSpan.FromSeconds(1));
        RaiseOneByOne(5, 5);
        engine.Acknowledge("TT-4.H", "ana");
        clock.Advance(TimeSpan.FromSeconds(1));

        // TT-1 and TT-5 are both priority 2; TT-5 is newer.
        await Eventually.HoldsAsync(() => HtmlAsync(banner).Result.Contains("TT-5.H message"), "the banner shows TT-5");
    }

    private void RaiseOneByOne(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            engine.OnValues([new AlarmInput(i, 150, QualityStatus.Good, clock.GetUtcNow())]);
        }
    }

    private Task<string> HtmlAsync(HtmlRootComponent root) => renderer.Dispatcher.InvokeAsync(() => root.ToHtmlString());

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
        engine.Dispose();
    }

    private sealed class NoJavaScript : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"The banner called '{identifier}' although it is silent.");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException($"The banner called '{identifier}' although it is silent.");
    }
}
