using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.E2E.Support;
using Microsoft.Playwright;

namespace HmiApp.E2E;

/// <summary>
/// Development starts the simulated plant but polls nothing until a point map is applied. This imports a small map
/// for simulated well W-101 (its Running, FlowRate and MotorCurrent points at a 1 s scan) the way an engineer
/// does: pasted into Admin › Point maps, previewed, applied.
/// </summary>
public static class LivePlant
{
    public const string Well = "W-101";

    public static async Task ImportWellMapAsync(AppProcess app, IPage page)
    {
        var endpoint = await WellEndpointAsync(app);
        var csv = string.Join('\n',
            "kind,name,periodMs,host,port,unitId,scanClass,requestTimeoutMs,connectTimeoutMs,device,table,address,dataType,byteOrder,units,tags",
            "ScanClass,normal,1000,,,,,,,,,,,,,",
            $"Device,{Well},,{endpoint.Host},{endpoint.Port},1,normal,300,300,,,,,,,",
            $"Point,FlowRate,,,,,,,,{Well},InputRegisters,0,Float32,ABCD,bbl/d,",
            $"Point,MotorCurrent,,,,,,,,{Well},InputRegisters,4,Float32,ABCD,A,",
            $"Point,Running,,,,,,,,{Well},DiscreteInputs,0,Boolean,,,");

        await page.GotoAsync(app.BaseUrl + "admin/point-maps");
        await page.WaitForInteractiveAsync();
        var text = page.GetByTestId("import-text");
        await text.FillAsync(csv);
        await text.DispatchEventAsync("change");
        await page.GetByTestId("preview").ClickAsync();
        var appliedBy = page.GetByPlaceholder("Applied by (your name)");
        await appliedBy.FillAsync("e2e");
        await appliedBy.DispatchEventAsync("change");
        await page.Locator("[data-testid='apply']:not([disabled])").ClickAsync();
        await page.GetByTestId("apply-result").WaitForAsync();
    }

    private static async Task<(string Host, int Port)> WellEndpointAsync(AppProcess app)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var devices = await http.GetFromJsonAsync<JsonElement>("api/v1/simulator");
        var endpoint = devices.EnumerateArray().First(d => d.GetProperty("id").GetString() == Well).GetProperty("endpoint").GetString()!;
        var colon = endpoint.LastIndexOf(':');
        return (endpoint[..colon], int.Parse(endpoint[(colon + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }

    public static async Task SetDeviceFaultAsync(AppProcess app, string device, string fault, bool active)
    {
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        var url = $"api/v1/simulator/devices/{device}/faults/{fault}";
        using var response = active ? await http.PutAsync(url, null) : await http.DeleteAsync(url);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A browser page that starts in the dark theme, as the theme cookie makes it.</summary>
    public static async Task<IPage> DarkPageAsync(BrowserFixture browser, AppProcess app, int width = 1280, int height = 800)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        await context.AddCookiesAsync([new Cookie { Name = "HmiTheme", Value = "standard-dark", Url = app.BaseUrl }]);
        return await context.NewPageAsync();
    }
}
