using HmiApp.Alarms;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Alarms;

/// <summary>
/// The banner on bunit with a real engine: a flood of 1,000 alarms, each one a separate change
/// notification, must cost a handful of renders, not one per alarm. A silent banner calls no JavaScript
/// (bunit's strict interop fails the test if it does).
/// </summary>
[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class AlarmBannerRenderTests : IAsyncDisposable
{
    private const int Flood = 1000;
    private readonly ManualTimeProvider clock = new();
    private readonly AlarmEngine engine;
    private readonly ComponentRenderer renderer;

    public AlarmBannerRenderTests()
    {
        engine = new AlarmEngine(clock, new RecordingJournalSink(), new AlarmOptions());
        engine.LoadDefinitions(Enumerable.Range(1, 2 * Flood)
            .Select(i => AlarmEngineHarness.Define($"TT-{i}.H", AlarmKind.High, point: i, limit: 100) with { Priority = (AlarmPriority)(1 + i % 4) })
            .ToList());
        renderer = new ComponentRenderer(services => services.AddSingleton<TimeProvider>(clock).AddSingleton(engine));
    }

    [Fact]
    public void A_flood_of_1000_alarms_one_notification_each_renders_the_banner_a_handful_of_times()
    {
        var banner = renderer.Render<AlarmBanner>(new Dictionary<string, object?> { [nameof(AlarmBanner.Audible)] = false });
        Assert.Equal(1, banner.RenderCount);
        Assert.Contains("No alarms", banner.Markup);

        RaiseOneByOne(1, Flood);
        Assert.Equal(1, banner.RenderCount);
        clock.Advance(TimeSpan.Zero);
        banner.WaitForState(() => banner.RenderCount == 2, TimeSpan.FromSeconds(10));
        Assert.Contains($"data-unacknowledged=\"{Flood}\"", banner.Markup);
        Assert.Contains("data-testid=\"alarm-count-1\">P1 250<", banner.Markup);

        // A second wave inside the render interval waits for its end, then renders once.
        RaiseOneByOne(Flood + 1, 2 * Flood);
        clock.Advance(AlarmBanner.RenderInterval - TimeSpan.FromMilliseconds(1));
        Assert.Equal(2, banner.RenderCount);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        banner.WaitForState(() => banner.RenderCount == 3, TimeSpan.FromSeconds(10));
        Assert.Contains($"data-unacknowledged=\"{2 * Flood}\"", banner.Markup);

        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(3, banner.RenderCount);
    }

    [Fact]
    public void The_banner_shows_the_most_urgent_and_newest_unacknowledged_alarm()
    {
        var banner = renderer.Render<AlarmBanner>(new Dictionary<string, object?> { [nameof(AlarmBanner.Audible)] = false });
        RaiseOneByOne(1, 3);
        clock.Advance(TimeSpan.FromSeconds(1));
        RaiseOneByOne(5, 5);
        engine.Acknowledge("TT-4.H", "ana");
        clock.Advance(TimeSpan.FromSeconds(1));

        // TT-1 and TT-5 are both priority 2; TT-5 is newer.
        banner.WaitForAssertion(() => Assert.Contains("TT-5.H message", banner.Markup), TimeSpan.FromSeconds(10));
    }

    private void RaiseOneByOne(int first, int last)
    {
        for (var i = first; i <= last; i++)
        {
            engine.OnValues([new AlarmInput(i, 150, QualityStatus.Good, clock.GetUtcNow())]);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await renderer.DisposeAsync();
        engine.Dispose();
    }
}
