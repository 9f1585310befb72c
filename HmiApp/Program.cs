using HmiApp.Components;
using HmiApp.Diagnostics;
using HmiApp.Health;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Infrastructure.Simulation;
using HmiApp.Shell;
using HmiApp.Simulator;
using Microsoft.Extensions.Options;
using Radzen;

if (args.FirstOrDefault() == SimulatorHost.Command)
{
    return await SimulatorHost.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddRadzenComponents();
builder.Services.AddRadzenCookieThemeService(options =>
{
    options.Name = ThemeCookie.Name;
    options.Duration = TimeSpan.FromDays(365);
});
builder.Services.AddHmiPersistence(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHmiHealthChecks();
builder.Services.AddSimulatedPlant(builder.Configuration);
builder.Services.AddWellDiagnostics(builder.Configuration);

var app = builder.Build();
var startupLog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HmiApp.Startup");

try
{
    var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(database.StartupTimeout, app.Lifetime.ApplicationStopping);
}
catch (OptionsValidationException ex)
{
    foreach (var failure in ex.Failures)
    {
        startupLog.LogCritical("Configuration error: {Failure}", failure);
    }

    return 2;
}
catch (InvalidOperationException ex)
{
    startupLog.LogCritical(ex, "Start-up failed: {Reason}", ex.Message);
    return 3;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseHmiClientAssets();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHmiHealth();
app.MapSimulatorApi();
app.MapWellDiagnostics();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that integration tests can host the app.</summary>
public partial class Program;
