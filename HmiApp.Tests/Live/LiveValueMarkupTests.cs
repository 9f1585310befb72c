using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Live;

namespace HmiApp.Tests.Live;

public sealed class LiveValueMarkupTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_good_value_shows_value_and_units_without_mark_or_age_and_links_to_its_trend()
    {
        var html = Render(new PointSnapshot(7, PointValue.FromNumber(1234.56), Quality.Good, Now.AddMilliseconds(-300), Now.AddMilliseconds(-300)));

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
    public void A_stale_value_is_greyed_marked_and_shows_how_old_its_last_good_read_is()
    {
        var html = Render(new PointSnapshot(7, PointValue.FromNumber(42.5), Quality.Stale("no answer"), Now.AddSeconds(-12), Now.AddSeconds(-12)));

        Assert.Contains("class=\"hmi-live hmi-quality--uncertain\"", html);
        Assert.Contains("data-quality=\"Uncertain\"", html);
        Assert.Contains(">STALE</span>", html);
        Assert.Contains(">12 s old</span>", html);
        Assert.Contains("Uncertain (no answer)", Element(html).GetAttribute("title"));
    }

    [Fact]
    public void A_bad_value_is_marked_bad_with_its_age_and_differs_from_stale()
    {
        var html = Render(new PointSnapshot(7, PointValue.FromNumber(42.5), Quality.Bad("breaker open"), Now, Now.AddMinutes(-5)));

        Assert.Contains("class=\"hmi-live hmi-quality--bad\"", html);
        Assert.Contains(">BAD</span>", html);
        Assert.DoesNotContain("STALE", html);
        Assert.Contains(">5 min old</span>", html);
        Assert.Contains("Bad (breaker open)", Element(html).GetAttribute("title"));
    }

    [Fact]
    public void A_point_never_read_is_not_shown_as_a_value()
    {
        var html = Render(null);

        Assert.Contains("hmi-quality--uncertain", html);
        Assert.Equal("–", Element(html).QuerySelector(".hmi-live__value")!.TextContent);
        Assert.Contains(">not read yet</span>", html);
        Assert.Contains("data-acquired=\"\"", html);
    }

    [Fact]
    public void Text_from_the_point_map_cannot_inject_markup()
    {
        var html = new LiveValueMarkupCache().For(7, "<b onmouseover=\"x()\">°C</b>",
            new PointSnapshot(7, PointValue.FromText("\"><script>alert(1)</script>"), Quality.Bad("<i>reason</i>"), Now, Now), Now).Value;

        var value = Element(html);
        Assert.Empty(value.QuerySelectorAll("script, b, i"));
        Assert.Equal("<b onmouseover=\"x()\">°C</b>", value.QuerySelector(".hmi-live__units")!.TextContent);
        Assert.Equal("\"><script>alert(1)</script>", value.QuerySelector(".hmi-live__value")!.TextContent);
        Assert.StartsWith("Bad (<i>reason</i>)", value.GetAttribute("title"));
    }

    [Fact]
    public void A_value_that_stops_being_refreshed_turns_from_good_to_stale_and_its_age_grows_with_the_page_clock()
    {
        var cache = new LiveValueMarkupCache();
        var read = Now.AddSeconds(-1);
        var good = Element(cache.For(7, "", new PointSnapshot(7, PointValue.FromNumber(42.5), Quality.Good, read, read), Now).Value);
        Assert.Equal("Good", good.GetAttribute("data-quality"));

        var stale = new PointSnapshot(7, PointValue.FromNumber(42.5), Quality.Stale("no fresh read for 3 s"), read, read);
        var after3s = Element(cache.For(7, "", stale, Now.AddSeconds(3)).Value);
        Assert.Equal("Uncertain", after3s.GetAttribute("data-quality"));
        Assert.Equal("4 s old", after3s.QuerySelector("[data-testid=live-age]")!.TextContent);

        var after10min = Element(cache.For(7, "", stale, Now.AddMinutes(10)).Value);
        Assert.Equal("10 min old", after10min.QuerySelector("[data-testid=live-age]")!.TextContent);
        Assert.Equal("42.50", after10min.QuerySelector(".hmi-live__value")!.TextContent);
    }

    [Fact]
    public void Every_screen_showing_the_same_reading_shares_one_string_and_a_new_reading_or_age_makes_a_new_one()
    {
        var cache = new LiveValueMarkupCache();
        var reading = new PointSnapshot(7, PointValue.FromNumber(42.5), Quality.Good, Now, Now);

        var first = cache.For(7, "bar", reading, Now).Value;
        Assert.Same(first, cache.For(7, "bar", reading, Now.AddSeconds(30)).Value);

        var next = new PointSnapshot(7, PointValue.FromNumber(43.5), Quality.Good, Now.AddSeconds(1), Now.AddSeconds(1));
        Assert.Contains(">43.50<", cache.For(7, "bar", next, Now.AddSeconds(1)).Value);

        var stale = next with { Quality = Quality.Stale("no answer") };
        var oneSecondOld = cache.For(7, "bar", stale, Now.AddSeconds(2)).Value;
        Assert.Same(oneSecondOld, cache.For(7, "bar", stale, Now.AddSeconds(2.2)).Value);
        Assert.NotSame(oneSecondOld, cache.For(7, "bar", stale, Now.AddSeconds(5)).Value);
        Assert.Contains(">4 s old<", cache.For(7, "bar", stale, Now.AddSeconds(5)).Value);
    }

    private static string Render(PointSnapshot? snapshot) => new LiveValueMarkupCache().For(7, "bbl/d", snapshot, Now).Value;

    private static IElement Element(string html)
    {
        var fragment = new HtmlParser().ParseFragment(html, new HtmlParser().ParseDocument("").Body!);
        return Assert.Single(fragment.OfType<IElement>());
    }
}
