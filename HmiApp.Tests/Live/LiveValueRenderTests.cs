using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Live;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Live;

[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class LiveValueRenderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_good_value_shows_value_and_units_without_mark_or_age_and_links_to_its_trend()
    {
        var html = await RenderAsync(new PointSnapshot(7, PointValue.FromNumber(1234.56), Quality.Good, Now.AddMilliseconds(-300), Now.AddMilliseconds(-300)));

        Assert.Contains("class=\"hmi-live hmi-quality--good\"", html);
        Assert.Contains("href=\"trends?points=7\"", html);
        Assert.Contains("data-quality=\"Good\"", html);
        Assert.Contains($"data-acquired=\"{Now.AddMilliseconds(-300).ToUnixTimeMilliseconds()}\"", html);
        Assert.Contains(">1,235</span>", html);
        Assert.Contains(">bbl/d</span>", html);
        Assert.DoesNotContain("STALE", html);
        Assert.DoesNotContain("BAD", html);
        Assert.DoesNotContain("live-age", html);
    }

    [Fact]
    public async Task A_stale_value_is_greyed_marked_and_shows_how_old_its_last_good_read_is()
    {
        var html = await RenderAsync(new PointSnapshot(7, PointValue.FromNumber(42.5), Quality.Stale("no answer"), Now.AddSeconds(-12), Now.AddSeconds(-12)));

        Assert.Contains("class=\"hmi-live hmi-quality--uncertain\"", html);
        Assert.Contains("data-quality=\"Uncertain\"", html);
        Assert.Contains(">STALE</span>", html);
        Assert.Contains(">12 s old</span>", html);
        Assert.Contains("Uncertain (no answer)", html);
    }

    [Fact]
    public async Task A_bad_value_is_marked_bad_with_its_age_and_differs_from_stale()
    {
        var html = await RenderAsync(new PointSnapshot(7, PointValue.FromNumber(42.5), Quality.Bad("breaker open"), Now, Now.AddMinutes(-5)));

        Assert.Contains("class=\"hmi-live hmi-quality--bad\"", html);
        Assert.Contains(">BAD</span>", html);
        Assert.DoesNotContain("STALE", html);
        Assert.Contains(">5 min old</span>", html);
        Assert.Contains("Bad (breaker open)", html);
    }

    [Fact]
    public async Task A_point_never_read_is_not_shown_as_a_value()
    {
        var html = await RenderAsync(null);

        Assert.Contains("hmi-quality--uncertain", html);
        Assert.Matches(">(–|&#x2013;)</span>", html);
        Assert.Contains(">not read yet</span>", html);
        Assert.Contains("data-acquired=\"\"", html);
    }

    [Fact]
    public async Task A_value_that_stops_being_refreshed_turns_from_good_to_stale_and_its_age_grows_with_the_page_clock()
    {
        await using var renderer = new ComponentRenderer(_ => { });
        var read = Now.AddSeconds(-1);
        var live = renderer.Render<LiveValue>(new Dictionary<string, object?>
        {
            [nameof(LiveValue.PointId)] = 7L,
            [nameof(LiveValue.Snapshot)] = new PointSnapshot(7, PointValue.FromNumber(42.5), Quality.Good, read, read),
            [nameof(LiveValue.Now)] = Now,
        });
        Assert.Equal("Good", live.Find("[data-testid=live-value]").GetAttribute("data-quality"));

        live.Render(p => p
            .Add(x => x.Snapshot, new PointSnapshot(7, PointValue.FromNumber(42.5), Quality.Stale("no fresh read for 3 s"), read, read))
            .Add(x => x.Now, Now.AddSeconds(3)));
        Assert.Equal("Uncertain", live.Find("[data-testid=live-value]").GetAttribute("data-quality"));
        Assert.Equal("4 s old", live.Find("[data-testid=live-age]").TextContent);

        live.Render(p => p.Add(x => x.Now, Now.AddMinutes(10)));
        Assert.Equal("10 min old", live.Find("[data-testid=live-age]").TextContent);
        Assert.Equal("42.50", live.Find(".hmi-live__value").TextContent);
    }

    private static async Task<string> RenderAsync(PointSnapshot? snapshot)
    {
        await using var renderer = new ComponentRenderer(_ => { });
        return await renderer.RenderAsync<LiveValue>(new Dictionary<string, object?>
        {
            [nameof(LiveValue.PointId)] = 7L,
            [nameof(LiveValue.Units)] = "bbl/d",
            [nameof(LiveValue.Snapshot)] = snapshot,
            [nameof(LiveValue.Now)] = Now,
        });
    }
}
