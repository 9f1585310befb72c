// Polling benchmark: N in-process Modbus TCP servers on loopback, one device each with P points, polled by the
// real path (Quartz on the SQLite persistent store our migrations create -> AcquisitionEngine -> ModbusTcpClient
// -> ReadPlanner/PointCodec -> current-value table). Measures CPU (% of one core, whole process: servers included),
// lateness of scan start (fire time minus scheduled time) and missed scans (expected fires minus actual).
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Runs;
using HmiApp.Infrastructure.Acquisition.Storage;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Quartz;

var devices = Arg(0, 100);
var pointsPerDevice = Arg(1, 100);
var seconds = Arg(2, 30);
var period = TimeSpan.FromSeconds(1);

var servers = new List<ModbusTcpServer>();
for (var i = 0; i < devices; i++)
{
    var unit = ModbusUnit.InMemory(1000);
    var server = new ModbusTcpServer(new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 }, new Dictionary<byte, IModbusUnit> { [1] = unit }, NullLogger<ModbusTcpServer>.Instance);
    server.Start();
    servers.Add(server);
}

var csv = new StringBuilder("kind,name,periodMs,jitterMs,host,port,unitId,scanClass,device,table,address,dataType\n");
csv.Append(CultureInfo.InvariantCulture, $"ScanClass,fast,{period.TotalMilliseconds},900,,,,,,,,\n");
for (var d = 0; d < devices; d++)
{
    csv.Append(CultureInfo.InvariantCulture, $"Device,dev{d},,,127.0.0.1,{servers[d].LocalEndPoint.Port},1,fast,,,,\n");
    for (var p = 0; p < pointsPerDevice; p++)
    {
        // 60 % Int16 packed from 0, the rest Float32 from 200: a realistic mix that needs more than one request.
        var isInt = p < pointsPerDevice * 6 / 10;
        var address = isInt ? p : 200 + ((p - (pointsPerDevice * 6 / 10)) * 2);
        csv.Append(CultureInfo.InvariantCulture, $"Point,p{p},,,,,,,dev{d},HoldingRegisters,{address},{(isInt ? "Int16" : "Float32")}\n");
    }
}

var directory = Directory.CreateTempSubdirectory("hmi-bench-").FullName;
var connection = $"Data Source={Path.Combine(directory, "bench.db")}";
var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Configuration["Database:Provider"] = "Sqlite";
builder.Configuration["Database:ConnectionString"] = connection;
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHmiPersistence(builder.Configuration, directory);
builder.Services.AddHmiAcquisition(builder.Configuration, directory);
// A 4th argument "runs" adds the persisted job-run history, to show what recording every run costs the polls.
var withRuns = args.Length > 3 && args[3] == "runs";
if (withRuns)
{
    builder.Services.AddJobRunHistory(builder.Configuration);
}

var lateness = new ConcurrentBag<double>();
builder.Services.AddSingleton(lateness);
using var host = builder.Build();
await using (var db = new SqliteHmiDbContext(new DbContextOptionsBuilder<SqliteHmiDbContext>().UseSqlite(connection).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options))
{
    await db.Database.MigrateAsync();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
}

var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
scheduler.ListenerManager.AddJobListener(new LatenessListener(lateness));
await host.StartAsync();
var maps = host.Services.GetRequiredService<PointMapService>();
var preview = maps.Preview(PointMapFormat.Csv, csv.ToString());
if (!preview.CanApply)
{
    throw new InvalidOperationException(string.Join("\n", preview.Import.Issues.Take(5)));
}

await maps.ApplyAsync(preview, "bench", CancellationToken.None);
var engine = host.Services.GetRequiredService<AcquisitionEngine>();
var values = host.Services.GetRequiredService<CurrentValueTable>();
await Task.Delay(TimeSpan.FromSeconds(5));
lateness.Clear();
var okBefore = engine.Statuses().Sum(s => s.PollsOk);
var failedBefore = engine.Statuses().Sum(s => s.PollsFailed);
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
var wall = Stopwatch.StartNew();
await Task.Delay(TimeSpan.FromSeconds(seconds));
process.Refresh();
var cpu = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / wall.Elapsed.TotalMilliseconds * 100;
var ok = engine.Statuses().Sum(s => s.PollsOk) - okBefore;
var failed = engine.Statuses().Sum(s => s.PollsFailed) - failedBefore;
var expected = (long)(devices * wall.Elapsed.TotalSeconds / period.TotalSeconds);
var sorted = lateness.Order().ToArray();
double Pct(double q) => sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
var good = values.All.Count(v => v.Quality.IsGood);

Console.WriteLine($"devices {devices}, points/device {pointsPerDevice}, scan {period.TotalSeconds} s, measured {wall.Elapsed.TotalSeconds:0.0} s, cores {Environment.ProcessorCount}");
Console.WriteLine($"reads per poll: {engine.Scans.Average(s => s.Reads.Count):0.0}");
Console.WriteLine($"CPU: {cpu:0.0} % of one core (whole process, servers included)");
Console.WriteLine($"scan start lateness: p50 {Pct(0.50):0.0} ms, p99 {Pct(0.99):0.0} ms, max {(sorted.Length == 0 ? double.NaN : sorted[^1]):0.0} ms over {sorted.Length} fires");
Console.WriteLine($"polls ok {ok}, failed {failed}, expected {expected}, missed {Math.Max(0, expected - ok - failed)}");
Console.WriteLine($"values good at end: {good} of {devices * pointsPerDevice}");
if (withRuns)
{
    var recorder = host.Services.GetRequiredService<JobRunRecorder>();
    Console.WriteLine($"job runs written {recorder.Written}, dropped {recorder.Dropped}");
}
await host.StopAsync();
foreach (var server in servers)
{
    await server.DisposeAsync();
}

Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(directory, recursive: true);

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

internal sealed class LatenessListener(ConcurrentBag<double> lateness) : IJobListener
{
    public string Name => "lateness";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        if (context.ScheduledFireTimeUtc is { } scheduled)
        {
            lateness.Add((context.FireTimeUtc - scheduled).TotalMilliseconds);
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;
}
