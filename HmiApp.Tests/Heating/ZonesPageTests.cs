using System.Text.RegularExpressions;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Tests.TestSupport;
using HmiApp.Zones;

namespace HmiApp.Tests.Heating;

[Trait(TestCategory.Key, TestCategory.Component)]
public sealed partial class ZonesPageTests
{
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly HeatingRegisterBank _bank;

    public ZonesPageTests() => _bank = new HeatingRegisterBank(_time, TimeSpan.FromSeconds(30));

    [Fact]
    public async Task Zones_are_shown_by_base_with_their_values_and_stale_ones_are_greyed_with_their_age()
    {
        var fresh = new ZoneId(1, 2);
        var stale = new ZoneId(4, 11);
        _bank.Write(stale.Address(ZoneRegister.State), [(ushort)OperatingState.Holiday, HeatingTemperature.Encode(16), HeatingTemperature.Encode(15.5)]);
        _time.Advance(TimeSpan.FromMinutes(5));
        _bank.Write(fresh.Address(ZoneRegister.State), [(ushort)OperatingState.Reduced, HeatingTemperature.Encode(21.5), HeatingTemperature.Encode(20.8)]);
        _bank.Write(fresh.Address(ZoneRegister.RelativeHumidity), [48]);
        _bank.Write(HeatingRegisterMap.OperatingMode, [(ushort)OperatingMode.Heating, (ushort)OperatingState.Normal, 1]);
        _bank.Write(HeatingRegisterMap.OutsideTemperature, [HeatingTemperature.Encode(-2.5)]);
        _time.Advance(TimeSpan.FromSeconds(12));

        var html = await RenderAsync("Gateway");

        var freshRow = Row(html, "zone-1-2");
        Assert.DoesNotContain("hmi-stale", RowTag(html, "zone-1-2"));
        Assert.Contains("20.8 °C", freshRow);
        Assert.Contains("21.5 °C", freshRow);
        Assert.Contains("48 %", freshRow);
        Assert.Contains("Reduced", freshRow);
        Assert.Contains("12 s ago", freshRow);
        Assert.Contains("data-allowed=\"false\"", freshRow);
        Assert.Matches("<button[^>]*disabled[^>]*data-testid=\"edit-1-2\"|<button[^>]*data-testid=\"edit-1-2\"[^>]*disabled", freshRow);

        Assert.Contains("hmi-stale", RowTag(html, "zone-4-11"));
        var staleRow = Row(html, "zone-4-11");
        Assert.Contains("stale · 5 min ago", staleRow);
        Assert.Contains("Holiday/absence", staleRow);

        Assert.Contains("data-testid=\"base-1\"", html);
        Assert.Contains("data-testid=\"base-4\"", html);
        Assert.DoesNotContain("data-testid=\"base-2\"", html);
        Assert.Contains(">Heating<", html);
        Assert.Contains("-2.5 °C", html);
        Assert.Contains("<dd class=\"hmi-abnormal\">present</dd>", html);
    }

    [Fact]
    public async Task Disabled_heating_says_so_and_how_to_change_it()
    {
        var html = await RenderAsync("Disabled");
        Assert.Contains("Heating:Mode is Disabled", html);
        Assert.DoesNotContain("data-testid=\"heating-operation\"", html);
    }

    [Fact]
    public async Task Without_zones_the_page_says_the_base_station_has_written_none()
    {
        var html = await RenderAsync("Gateway");
        Assert.Contains("data-testid=\"no-zones\"", html);
        Assert.Contains("stale · never", html);
    }

    private Task<string> RenderAsync(string mode) => HeatingPageRenderer.RenderAsync<ZonesPage>(_time, _bank, mode);

    private static string RowTag(string html, string testId) => Regex.Match(html, $"<tr[^>]*data-testid=\"{testId}\"[^>]*>").Value;

    private static string Row(string html, string testId)
    {
        var match = Regex.Match(html, $"<tr[^>]*data-testid=\"{testId}\"[^>]*>.*?</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"no row {testId} in the page");
        return match.Value;
    }
}
