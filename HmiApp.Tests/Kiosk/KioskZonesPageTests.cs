using System.Text.RegularExpressions;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Kiosk;
using HmiApp.Tests.Heating;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Kiosk;

/// <summary>The kiosk's zones: the same values and freshness as the Zones page, each setpoint a touch target.</summary>
[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class KioskZonesPageTests
{
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly HeatingRegisterBank _bank;

    public KioskZonesPageTests() => _bank = new HeatingRegisterBank(_time, TimeSpan.FromSeconds(30));

    [Fact]
    public async Task Zones_are_listed_by_base_with_each_setpoint_a_touch_button_and_stale_zones_marked()
    {
        _bank.Write(new ZoneId(3, 2).Address(ZoneRegister.State), [(ushort)OperatingState.Reduced, HeatingTemperature.Encode(19), HeatingTemperature.Encode(18.4)]);
        _bank.Write(new ZoneId(3, 2).Address(ZoneRegister.RelativeHumidity), [51]);
        _time.Advance(TimeSpan.FromMinutes(6));

        var html = await HeatingPageRenderer.RenderAsync<KioskZonesPage>(_time, _bank, "Gateway");

        Assert.Contains("data-testid=\"base-3\"", html);
        Assert.Contains("hmi-zone-table--kiosk", html);
        var row = Regex.Match(html, "<tr[^>]*data-testid=\"zone-3-2\"[^>]*>.*?</tr>", RegexOptions.Singleline).Value;
        Assert.Contains("hmi-stale", Regex.Match(row, "<tr[^>]*>").Value);
        Assert.Matches("<button type=\"button\" class=\"hmi-touch hmi-setpoint-button\"[^>]*data-testid=\"setpoint-3-2\"[^>]*>19.0 °C</button>", row);
        Assert.Contains("18.4 °C", row);
        Assert.Contains("51 %", row);
        Assert.Contains("Reduced", row);
        Assert.Contains("stale · 6 min ago", row);
        Assert.Contains("href=\"kiosk\"", html);
    }

    [Fact]
    public async Task With_heating_disabled_the_kiosk_says_so()
    {
        var html = await HeatingPageRenderer.RenderAsync<KioskZonesPage>(_time, _bank, "Disabled");

        Assert.Contains("Heating:Mode is Disabled", html);
        Assert.DoesNotContain("setpoint-", html);
    }
}
