using System.Globalization;
using HmiApp.UiLoad;
using HmiApp.UiLoad.Blazor;
using HmiApp.UiLoad.Scenarios;
using Microsoft.Playwright;

// UI benchmark (docs/benchmarks.md, "UI"): "dom" measures acquisition→DOM latency with 50 live values in one real
// browser page; "circuits" opens many real overview circuits over the Blazor protocol (no browser each) and measures
// server memory per circuit and acquisition→render-batch latency. Each scenario is one file under Scenarios/.
// "alarm-flood" raises 1,000 alarms at once and measures UI latency in Chromium meanwhile (AlarmFlood.cs).
// Usage: dotnet bench/HmiApp.UiLoad/bin/Release/net10.0/HmiApp.UiLoad.dll <HmiApp.dll> [--scenarios dom,circuits|alarm-flood]
//   [--alarms 1000] [--rounds 5] [--clicks 20] (alarm-flood)
//   [--seconds 30] [--circuits 50,200,500] [--broadcast-hz 4] [--open-concurrency 4] [--env KEY=VALUE ...]
//   [--heap-types N: also list the N types whose heap grew most per circuit (from heap dumps the app writes of itself)]
//   [--keep-dumps DIR: keep those dumps there, for dotnet-dump analyze]
var appDll = args.FirstOrDefault(a => a.EndsWith(".dll", StringComparison.Ordinal))
    ?? throw new ArgumentException("Pass the path of the built HmiApp.dll (e.g. HmiApp/bin/Release/net10.0/HmiApp.dll).");
var seconds = int.Parse(Option("--seconds", "30"), CultureInfo.InvariantCulture);
var scenarios = Option("--scenarios", "dom,circuits").Split(',');
var steps = Option("--circuits", "50,200,500").Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
var broadcastHz = double.Parse(Option("--broadcast-hz", "4"), CultureInfo.InvariantCulture);
var openConcurrency = int.Parse(Option("--open-concurrency", "4"), CultureInfo.InvariantCulture);
var heapTypes = int.Parse(Option("--heap-types", "0"), CultureInfo.InvariantCulture);
var keepDumpsIn = Option("--keep-dumps", "") is { Length: > 0 } folder ? Path.GetFullPath(folder) : null;
var environment = args.Select((a, i) => (a, i)).Where(p => p.a == "--env" && p.i + 1 < args.Length)
    .Select(p => args[p.i + 1].Split('=', 2))
    .ToDictionary(kv => kv[0], kv => kv.Length > 1 ? kv[1] : "");

await using var app = await AppUnderLoad.StartAsync(Path.GetFullPath(appDll), broadcastHz, environment, CancellationToken.None);
Console.WriteLine($"broadcast rate {broadcastHz} Hz, scan 1 s, 50 live values on the overview; app environment: " +
    (environment.Count == 0 ? "as shipped" : string.Join(' ', environment.Select(kv => $"{kv.Key}={kv.Value}"))));

using (var playwright = await Playwright.CreateAsync())
{
    await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
            "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--disable-backgrounding-occluded-windows"],
    });
    var admin = await PlantSetup.SignedInAdminAsync(browser, app);
    if (scenarios.Contains("alarm-flood"))
    {
        // On the simulated plant's own point map, before the 50-point map replaces it.
        await new AlarmFlood(app, browser, await admin.StorageStateAsync(), Number("--alarms", 1000), Number("--rounds", 5), Number("--clicks", 20)).RunAsync();
    }

    await PlantSetup.ImportFiftyPointsAsync(admin, app);
    if (scenarios.Contains("dom"))
    {
        await DomLatencyScenario.RunAsync(admin, app, seconds);
    }

    await admin.CloseAsync();
}

if (scenarios.Contains("circuits"))
{
    using var session = await SignedInSession.SignInAsync(new Uri(app.BaseUrl), AppUnderLoad.AdminUserName, AppUnderLoad.AdminPassword, CancellationToken.None);
    await CircuitLoadScenario.RunAsync(app, session, steps, seconds, openConcurrency, heapTypes, keepDumpsIn, CancellationToken.None);
}

return;

int Number(string name, int fallback) => int.Parse(Option(name, fallback.ToString(CultureInfo.InvariantCulture)), CultureInfo.InvariantCulture);

string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}
