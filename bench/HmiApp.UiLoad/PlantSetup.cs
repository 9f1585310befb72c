using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace HmiApp.UiLoad;

/// <summary>Signs a browser in as the admin and applies the benchmark's point map through Admin › Point maps.</summary>
public static class PlantSetup
{
    /// <summary>Tag of the points the overview shows as key values.</summary>
    public const string OverviewTag = "overview";

    /// <summary>A browser context signed in as the admin (the sign-in form, as a person would).</summary>
    public static async Task<IBrowserContext> SignedInAdminAsync(IBrowser browser, AppUnderLoad app)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "signin");
        await page.Locator("input[name=UserName]").FillAsync(AppUnderLoad.AdminUserName);
        await page.Locator("input[name=Password]").FillAsync(AppUnderLoad.AdminPassword);
        await page.Locator("[data-testid=signin-submit]").ClickAsync();
        await page.WaitForSelectorAsync(".hmi-shell[data-interactive='true']");
        await page.CloseAsync();
        return context;
    }

    /// <summary>50 Int16 input registers over the wells' telemetry (its float words read as integers change every scan), 1 s scan, all on the overview.</summary>
    public static async Task ImportFiftyPointsAsync(IBrowserContext admin, AppUnderLoad app)
    {
        var csv = new StringBuilder("kind,name,periodMs,host,port,unitId,scanClass,requestTimeoutMs,connectTimeoutMs,device,table,address,dataType,units,tags\n");
        csv.Append("ScanClass,normal,1000,,,,,,,,,,,,\n");
        foreach (var (id, host, port) in app.Wells)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Device,{id},,{host},{port},1,normal,500,500,,,,,,\n");
        }

        var count = 0;
        for (var address = 0; count < 50; address++)
        {
            foreach (var (id, _, _) in app.Wells)
            {
                if (count++ < 50)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"Point,R{address:00},,,,,,,,{id},InputRegisters,{address},Int16,raw,{OverviewTag}\n");
                }
            }
        }

        var page = await admin.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "admin/point-maps");
        await page.WaitForSelectorAsync(".hmi-shell[data-interactive='true']");
        // Name first, then the map: the circuit handles the events in order, so the preview sees both.
        // The reference build has no test id on this field; both have its placeholder.
        var by = page.Locator("input[placeholder='Applied by (your name)']");
        await by.FillAsync("uiload");
        await by.DispatchEventAsync("change");
        var text = page.GetByTestId("import-text");
        await text.FillAsync(csv.ToString());
        await text.DispatchEventAsync("change");
        await page.GetByTestId("preview").ClickAsync();
        await page.Locator("[data-testid='apply']:not([disabled])").ClickAsync(new() { Timeout = 60_000 });
        await page.GetByTestId("apply-result").WaitForAsync();
        await page.CloseAsync();
    }
}
