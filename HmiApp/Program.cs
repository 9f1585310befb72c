using HmiApp.Admin.Jobs;
using HmiApp.Acquisition;
using HmiApp.Access;
using HmiApp.Alarms;
using HmiApp.Components;
using HmiApp.Diagnostics;
using HmiApp.Health;
using HmiApp.Historian;
using HmiApp.Live;
using HmiApp.Infrastructure.Cluster;
using HmiApp.Infrastructure.Heating;
using HmiApp.Infrastructure.Diagnostics;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Infrastructure.Simulation;
using HmiApp.Metrics;
using HmiApp.Shell;
using HmiApp.Simulator;
using HmiApp.Wells;
using HmiApp.Zones;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

if (args.FirstOrDefault() == SimulatorHost.Command)
{
    return await SimulatorHost.RunAsync(args[1..]);
}

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddRazorComponents().AddInteractiveServerComponents();
builder.Services.AddMudServices();
builder.Services.AddSingleton<PlantThemes>();
builder.Services.AddSingleton<LiveValueMarkupCache>();
builder.Services.AddHmiPersistence(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddHmiHealthChecks();
// The gateway listens before the simulated base station starts polling it.
builder.Services.AddHeating(builder.Configuration);
builder.Services.AddLegacyGatewayApi(builder.Configuration);
builder.Services.AddOpenApi();
builder.Services.AddHmiMetrics(builder.Configuration);
builder.Services.AddHmiHistorian(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSimulatedPlant(builder.Configuration);
builder.Services.AddHmiAcquisitionFeature(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSimulatedPlantPointMap();
builder.Services.AddHmiAccess(builder.Configuration);
builder.Services.AddHmiAlarms(builder.Configuration);
builder.Services.AddWellDiagnostics(builder.Configuration);
builder.Services.AddWellEditor();
builder.Services.AddHmiAlarmFeeds();
// After the alarms: on PostgreSQL the cluster journal stands in front of their journal writer.
builder.Services.AddHmiCluster(builder.Configuration);
builder.Services.AddHmiClusterAlarms(builder.Configuration);

var app = builder.Build();
var startupLog = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("HmiApp.Startup");

try
{
    // Every options class registered with ValidateOnStart, checked here so that a bad setting ends start-up
    // with its message and exit code 2 instead of an unhandled exception from RunAsync.
    app.Services.GetRequiredService<IStartupValidator>().Validate();
    var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
    await app.Services.GetRequiredService<DatabaseMigrator>().MigrateAsync(database.StartupTimeout, app.Lifetime.ApplicationStopping);
}
catch (Exception ex) when (ex is OptionsValidationException || (ex is AggregateException all && all.InnerExceptions.All(e => e is OptionsValidationException)))
{
    var failures = ex is AggregateException aggregate ? aggregate.InnerExceptions.Cast<OptionsValidationException>() : [(OptionsValidationException)ex];
    foreach (var failure in failures.SelectMany(f => f.Failures))
    {
        startupLog.LogCritical("Configuration error: {Failure}", failure);
    }

    // Disposing flushes the console logger's queue; without it a quick exit can lose these lines.
    await app.DisposeAsync();
    return 2;
}
catch (InvalidOperationException ex)
{
    startupLog.LogCritical(ex, "Start-up failed: {Reason}", ex.Message);
    await app.DisposeAsync();
    return 3;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}

app.UseHmiAccess();
app.UseHmiClientAssets();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHmiHealth();
// The API's description holds no plant data; clients read it before they have a key.
app.MapOpenApi().AllowAnonymous();
app.MapHmiMetrics();
app.MapHmiHistorian();
app.MapSimulatorApi();
app.MapHeatingApi();
app.MapHmiAcquisition();
app.MapHmiJobsDashboard();
app.MapHmiAlarms();
app.MapWellDiagnostics();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

await app.RunAsync();
return 0;

/// <summary>Entry point; public so that integration tests can host the app.</summary>
public partial class Program;
