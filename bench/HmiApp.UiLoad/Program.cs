using System.Globalization;
using System.Text;
using HmiApp.UiLoad;
using Microsoft.Playwright;

// UI benchmark: (1) latency from a value's acquisition to the browser's DOM with 50 live values at a 1 s scan;
// (2) server memory per circuit and UI latency with many overview circuits open at once.
// (3) with --alarm-flood: UI latency while 1,000 alarms are raised at once (AlarmFlood.cs).
// Usage: dotnet bench/HmiApp.UiLoad/bin/Release/net10.0/HmiApp.UiLoad.dll <HmiApp.dll> [--seconds 30] [--circuits 100,250,500] [--broadcast-hz 4]
//        dotnet bench/HmiApp.UiLoad/bin/Release/net10.0/HmiApp.UiLoad.dll <HmiApp.dll> --alarm-flood [--alarms 1000] [--rounds 5] [--clicks 20]
var appDll = args.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal))
    ?? throw new ArgumentException("Pass the path of the built HmiApp.dll (e.g. HmiApp/bin/Release/net10.0/HmiApp.dll).");
var seconds = Option("--seconds", 30);
var circuitSteps = OptionText("--circuits", "100,250,500").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var broadcastHz = double.Parse(OptionText("--broadcast-hz", "4"), CultureInfo.InvariantCulture);

await using var app = await AppUnderLoad.StartAsync(Path.GetFullPath(appDll), broadcastHz, CancellationToken.None);
using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
{
    ExecutablePath = "/usr/bin/chromium",
    Headless = true,
    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"],
});

var signedIn = await app.SignInAsync(browser);
if (args.Contains("--alarm-flood"))
{
    await new AlarmFlood(app, browser, signedIn, Option("--alarms", 1000), Option("--rounds", 5), Option("--clicks", 20)).RunAsync();
    return;
}

await ImportFiftyPointsAsync();
Console.WriteLine($"broadcast rate {broadcastHz} Hz, scan 1 s, 50 live values on the overview");

// (1) One page, 50 values.
var page = await NewOverviewAsync();
await Task.Delay(TimeSpan.FromSeconds(seconds));
var latencies = await CollectAsync(page);
Report("1 page, 50 values", latencies);
await page.Context.CloseAsync();

// (2) Many circuits. Memory: resident set before and after opening them, over the circuits opened.
var baseline = app.ResidentKb();
var pages = new List<IPage>();
foreach (var target in circuitSteps)
{
    try
    {
        while (pages.Count < target)
        {
            pages.Add(await NewOverviewAsync());
        }
    }
    catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
    {
        Console.WriteLine($"stopped opening circuits at {pages.Count}: {ex.Message.Split('\n')[0]}");
        break;
    }

    await Task.Delay(TimeSpan.FromSeconds(Math.Min(seconds, 15)));
    foreach (var p in pages)
    {
        await p.EvaluateAsync("() => window.__latency.length = 0");
    }

    await Task.Delay(TimeSpan.FromSeconds(Math.Min(seconds, 15)));
    var all = new List<double>();
    foreach (var p in pages)
    {
        all.AddRange(await CollectAsync(p));
    }

    var resident = app.ResidentKb();
    var circuits = CircuitsGauge(await app.MetricsAsync());
    Report($"{pages.Count} circuits", all);
    Console.WriteLine($"  server RSS {resident / 1024.0:0} MB (baseline {baseline / 1024.0:0} MB), circuits gauge {circuits}, " +
        $"{(resident - baseline) / (double)pages.Count:0} KB per circuit");
}

return;

async Task ImportFiftyPointsAsync()
{
    var wells = await app.WellsAsync();
    var csv = new StringBuilder("kind,name,periodMs,host,port,unitId,scanClass,requestTimeoutMs,connectTimeoutMs,device,table,address,dataType,units,tags\n");
    csv.Append("ScanClass,normal,1000,,,,,,,,,,,,\n");
    var count = 0;
    foreach (var (id, host, port) in wells)
    {
        csv.Append(CultureInfo.InvariantCulture, $"Device,{id},,{host},{port},1,normal,500,500,,,,,,\n");
    }

    // 50 Int16 input registers over the wells' telemetry (its float words read as integers change every scan).
    for (var address = 0; count < 50; address++)
    {
        foreach (var (id, _, _) in wells)
        {
            if (count++ < 50)
            {
                csv.Append(CultureInfo.InvariantCulture, $"Point,R{address:00},,,,,,,,{id},InputRegisters,{address},Int16,raw,overview\n");
            }
        }
    }

    var admin = await (await browser.NewContextAsync(new BrowserNewContextOptions { StorageState = signedIn })).NewPageAsync();
    await admin.GotoAsync(app.BaseUrl + "admin/point-maps");
    await admin.WaitForSelectorAsync(".hmi-shell[data-interactive='true']");
    var text = admin.GetByTestId("import-text");
    await text.FillAsync(csv.ToString());
    await text.DispatchEventAsync("change");
    await admin.GetByTestId("preview").ClickAsync();
    var by = admin.GetByPlaceholder("Applied by (your name)");
    await by.FillAsync("uiload");
    await by.DispatchEventAsync("change");
    await admin.Locator("[data-testid='apply']:not([disabled])").ClickAsync();
    await admin.GetByTestId("apply-result").WaitForAsync();
    await admin.Context.CloseAsync();
}

async Task<IPage> NewOverviewAsync()
{
    var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, StorageState = signedIn });
    var p = await context.NewPageAsync();
    // DOM time on the epoch clock (timeOrigin + performance.now()) minus the acquisition time in data-acquired;
    // browser and server share this machine's clock, so no offset correction is needed.
    await p.AddInitScriptAsync("""
        window.__latency = [];
        new MutationObserver(records => {
          const now = performance.timeOrigin + performance.now();
          for (const r of records) {
            const acquired = Number(r.target.getAttribute('data-acquired'));
            if (acquired) window.__latency.push(now - acquired);
          }
        }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-acquired'] });
        """);
    await p.GotoAsync(app.BaseUrl, new PageGotoOptions { Timeout = 120_000 });
    await p.WaitForSelectorAsync(".hmi-shell[data-interactive='true']", new PageWaitForSelectorOptions { Timeout = 120_000 });
    return p;
}

static async Task<List<double>> CollectAsync(IPage p) => (await p.EvaluateAsync<double[]>("() => window.__latency.splice(0)")).ToList();

static void Report(string label, List<double> values)
{
    if (values.Count == 0)
    {
        Console.WriteLine($"{label}: no updates seen");
        return;
    }

    values.Sort();
    double At(double q) => values[Math.Min(values.Count - 1, (int)Math.Ceiling(q * values.Count) - 1)];
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{label}: {values.Count} updates, acquisition→DOM p50 {At(0.5):0} ms, p95 {At(0.95):0} ms, max {values[^1]:0} ms"));
}

static string CircuitsGauge(string metrics) =>
    metrics.Split('\n').FirstOrDefault(l => l.StartsWith("hmi_circuits_connected", StringComparison.Ordinal))?.Split(' ').LastOrDefault() ?? "?";

int Option(string name, int fallback) => int.Parse(OptionText(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

string OptionText(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
