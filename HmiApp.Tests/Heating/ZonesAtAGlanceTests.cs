using System.Text.RegularExpressions;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Tests.TestSupport;
using HmiApp.Zones;

namespace HmiApp.Tests.Heating;

/// <summary>The zones on the overview: temperature against setpoint and state, a stale zone greyed and marked with its age.</summary>
[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class ZonesAtAGlanceTests
{
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly HeatingRegisterBank _bank;

    public ZonesAtAGlanceTests() => _bank = new HeatingRegisterBank(_time, TimeSpan.FromSeconds(30));

    [Fact]
    public async Task Each_zone_shows_temperature_setpoint_and_state_and_a_stale_one_is_greyed_with_its_age()
    {
        _bank.Write(new ZoneId(2, 3).Address(ZoneRegister.State), [(ushort)OperatingState.Standby, HeatingTemperature.Encode(12), HeatingTemperature.Encode(14.5)]);
        _time.Advance(TimeSpan.FromMinutes(6));
        _bank.Write(new ZoneId(1, 1).Address(ZoneRegister.State), [(ushort)OperatingState.Normal, HeatingTemperature.Encode(21.5), HeatingTemperature.Encode(20.8)]);
        _time.Advance(TimeSpan.FromSeconds(4));

        var html = await HeatingPageRenderer.RenderAsync<ZonesAtAGlance>(_time, _bank, "Gateway");

        var fresh = Row(html, "1-1");
        Assert.DoesNotContain("hmi-stale", Regex.Match(fresh, "<tr[^>]*>").Value);
        Assert.Contains("<td class=\"hmi-value\" data-field=\"temperature\">20.8 °C</td>", fresh);
        Assert.Contains("<td data-field=\"setpoint\">21.5 °C</td>", fresh);
        Assert.Contains("Normal", fresh);
        Assert.Contains("4 s ago", fresh);

        var stale = Row(html, "2-3");
        Assert.Contains("hmi-stale", Regex.Match(stale, "<tr[^>]*>").Value);
        Assert.Contains("stale · 6 min ago", stale);
        Assert.Contains("14.5 °C", stale);
        Assert.Contains("Standby", stale);
        Assert.Contains("href=\"zones\"", html);
    }

    [Fact]
    public async Task On_the_kiosk_the_way_to_the_zones_is_a_touch_target_to_the_kiosk_zones_page()
    {
        var html = await HeatingPageRenderer.RenderAsync<ZonesAtAGlance>(_time, _bank, "Gateway", new Dictionary<string, object?> { ["Kiosk"] = true });

        Assert.Matches("<a class=\"hmi-touch\" href=\"kiosk/zones\"", html);
        Assert.Contains("No zones yet", html);
    }

    [Fact]
    public async Task With_heating_disabled_the_overview_has_no_zones_card()
    {
        var html = await HeatingPageRenderer.RenderAsync<ZonesAtAGlance>(_time, _bank, "Disabled");

        Assert.DoesNotContain("overview-zones", html);
    }

    private static string Row(string html, string zone)
    {
        var match = Regex.Match(html, $"<tr[^>]*data-zone=\"{zone}\"[^>]*>.*?</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no overview row for zone {zone}");
        return match.Value;
    }
}
