// Polling benchmark: N simulated Modbus TCP devices (our ModbusTcpServer, one per port, in a CHILD process so that
// their CPU is not counted as the poller's), each with P points, polled by the real path (the scan clock, with
// Hangfire's poll-window jobs on the app's storage -> AcquisitionEngine -> ModbusTcpClient -> ReadPlanner/PointCodec
// -> current-value table). Measures the polling process's CPU (% of one core), lateness of scan start (when the scan
// starts minus its slot on the clock's grid) and missed scans (slots missing from a scan's starts, one period apart,
// plus polls the engine dropped because the previous one still ran).
//
//   PollingBench DEVICES POINTS SECONDS [sqlite|postgres]   the benchmark
//   PollingBench devices N                                  the simulated devices (started by the benchmark)
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using HmiApp.HistorianBench;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Runs;
using HmiApp.Infrastructure.Acquisition.Scanning;
using HmiApp.Infrastructure.Cluster;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

if (args.Length == 2 && args[0] == "devices")
{
    await RunDevicesAsync(int.Parse(args[1], CultureInfo.InvariantCulture));
    return;
}

var devices = Arg(0, 100);
var pointsPerDevice = Arg(1, 100);
var seconds = Arg(2, 30);
var store = args.Length > 3 ? args[3] : "sqlite";
// A 5th argument "runs" adds the persisted job-run history, to show what recording every run costs the polls.
var withRuns = args.Length > 4 && args[4] == "runs";
if (store is not ("sqlite" or "postgres"))
{
    throw new ArgumentException($"store '{store}' is not known: use sqlite or postgres");
}

var period = TimeSpan.FromSeconds(1);

using var deviceProcess = StartDevices(devices);
var ports = (await deviceProcess.StandardOutput.ReadLineAsync() ?? throw new InvalidOperationException("the devices process ended before it listened"))
    .Split(' ').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();

var csv = new StringBuilder("kind,name,periodMs,jitterMs,host,port,unitId,scanClass,device,table,address,dataType\n");
csv.Append(CultureInfo.InvariantCulture, $"ScanClass,fast,{period.TotalMilliseconds},900,,,,,,,,\n");
for (var d = 0; d < devices; d++)
{
    csv.Append(CultureInfo.InvariantCulture, $"Device,dev{d},,,127.0.0.1,{ports[d]},1,fast,,,,\n");
    for (var p = 0; p < pointsPerDevice; p++)
    {
        // 60 % Int16 packed from 0, the rest Float32 from 200: a realistic mix that needs more than one request.
        var isInt = p < pointsPerDevice * 6 / 10;
        var address = isInt ? p : 200 + ((p - (pointsPerDevice * 6 / 10)) * 2);
        csv.Append(CultureInfo.InvariantCulture, $"Point,p{p},,,,,,,dev{d},HoldingRegisters,{address},{(isInt ? "Int16" : "Float32")}\n");
    }
}

var directory = Directory.CreateTempSubdirectory("hmi-bench-").FullName;
await using var postgres = store == "postgres" ? new ThrowawayPostgres() : null;
string connection;
if (postgres is not null)
{
    await postgres.StartAsync();
    connection = await postgres.CreateDatabaseAsync("polling");
    await using var db = new PostgresHmiDbContext(new DbContextOptionsBuilder<PostgresHmiDbContext>().UseNpgsql(connection).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
    await db.Database.MigrateAsync();
}
else
{
    connection = $"Data Source={Path.Combine(directory, "bench.db")}";
    await using var db = new SqliteHmiDbContext(new DbContextOptionsBuilder<SqliteHmiDbContext>().UseSqlite(connection).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
    await db.Database.MigrateAsync();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
}

var builder = Host.CreateApplicationBuilder();
builder.Logging.SetMinimumLevel(LogLevel.Warning);
builder.Configuration["Database:Provider"] = postgres is null ? "Sqlite" : "PostgreSql";
builder.Configuration["Database:ConnectionString"] = connection;
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddHmiPersistence(builder.Configuration, directory);
builder.Services.AddHmiAcquisition(builder.Configuration, directory);
builder.Services.AddJobRunHistory(builder.Configuration);
// On PostgreSQL, as a node of a cluster: every value it acquires also goes out on NOTIFY (docs/cluster.md).
builder.Services.AddHmiCluster(builder.Configuration);
using var host = builder.Build();
if (!withRuns)
{
    // The recorder is part of acquisition; without "runs" it is taken off the clock, so the bench measures polling.
    host.Services.GetRequiredService<ScanClock>().Scanned -= host.Services.GetRequiredService<JobRunRecorder>().Record;
}

var listener = new LatenessListener();
host.Services.GetRequiredService<ScanClock>().Scanned += listener.Add;
await host.StartAsync();
var maps = host.Services.GetRequiredService<PointMapService>();
var preview = maps.Preview(PointMapFormat.Csv, csv.ToString());
if (!preview.CanApply)
{
    throw new InvalidOperationException(string.Join("\n", preview.Import.Issues.Take(5)));
}

await maps.ApplyAsync(preview, "bench", CancellationToken.None);
var engine = host.Services.GetRequiredService<AcquisitionEngine>();
var skipped = 0L;
engine.PollSkipped += (_, _) => Interlocked.Increment(ref skipped);
var values = host.Services.GetRequiredService<CurrentValueTable>();
// Warm-up: tiered JIT settles and every job has fired a dozen times before the window opens.
await Task.Delay(TimeSpan.FromSeconds(15));
listener.Clear();
var skippedBefore = Interlocked.Read(ref skipped);
var okBefore = engine.Statuses().Sum(s => s.PollsOk);
var failedBefore = engine.Statuses().Sum(s => s.PollsFailed);
var process = Process.GetCurrentProcess();
var cpuBefore = process.TotalProcessorTime;
deviceProcess.Refresh();
var deviceCpuBefore = deviceProcess.TotalProcessorTime;
var serverCpuBefore = PostgresServerCpu();
var allocatedBefore = GC.GetTotalAllocatedBytes();
var gcBefore = GC.CollectionCount(0);
var pauseBefore = GC.GetTotalPauseDuration();
var wall = Stopwatch.StartNew();
await Task.Delay(TimeSpan.FromSeconds(seconds));
var elapsed = wall.Elapsed;
process.Refresh();
deviceProcess.Refresh();
var cpu = (process.TotalProcessorTime - cpuBefore) / elapsed * 100;
var deviceCpu = (deviceProcess.TotalProcessorTime - deviceCpuBefore) / elapsed * 100;
var serverCpu = (PostgresServerCpu() - serverCpuBefore) / elapsed * 100;
var allocatedPerSecond = (GC.GetTotalAllocatedBytes() - allocatedBefore) / elapsed.TotalSeconds;
var gcs = GC.CollectionCount(0) - gcBefore;
var pause = GC.GetTotalPauseDuration() - pauseBefore;
var ok = engine.Statuses().Sum(s => s.PollsOk) - okBefore;
var failed = engine.Statuses().Sum(s => s.PollsFailed) - failedBefore;
var expected = (long)(devices * elapsed.TotalSeconds / period.TotalSeconds);
var started = listener.Started.Order().ToArray();
var good = values.All.Count(v => v.Quality.IsGood);

Console.WriteLine($"store {store}, devices {devices}, points/device {pointsPerDevice}, scan {period.TotalSeconds} s, measured {elapsed.TotalSeconds:0.0} s, cores {Environment.ProcessorCount}, load average {LoadAverage()}");
Console.WriteLine($"reads per poll: {engine.Scans.Average(s => s.Reads.Count):0.0}");
Console.WriteLine($"CPU: {cpu:0.0} % of one core (polling process); simulated devices (other process) {deviceCpu:0.0} %"
    + (postgres is null ? "" : $"; PostgreSQL server {serverCpu:0.0} %"));
Console.WriteLine($"allocated {allocatedPerSecond / 1024:0} KiB/s, {gcs} gen0+ GCs, GC pauses {pause.TotalMilliseconds:0} ms in all");
Console.WriteLine($"scan start lateness (scan start - its slot): {Summary(started)}");
Console.WriteLine($"polls ok {ok}, failed {failed}, expected {expected}; missed scans: {listener.MissedSlots(period)} skipped slots in the scans' schedules, {Interlocked.Read(ref skipped) - skippedBefore} polls dropped as overruns");
Console.WriteLine($"values good at end: {good} of {devices * pointsPerDevice}");
if (withRuns)
{
    var recorder = host.Services.GetRequiredService<JobRunRecorder>();
    Console.WriteLine($"job runs written {recorder.Written}, dropped {recorder.Dropped}");
}

await host.StopAsync();
deviceProcess.StandardInput.Close();
await deviceProcess.WaitForExitAsync();
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(directory, recursive: true);

int Arg(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;

static string Summary(double[] sorted)
{
    if (sorted.Length == 0)
    {
        return "no fires";
    }

    double Pct(double q) => sorted[Math.Min(sorted.Length - 1, (int)(q * sorted.Length))];
    return $"p50 {Pct(0.50):0.0} ms, p99 {Pct(0.99):0.0} ms, max {sorted[^1]:0.0} ms over {sorted.Length} fires";
}

// The PostgreSQL server's CPU: every process named postgres (the bench's throwaway server is the only one running),
// from /proc, so a backend that exits within the window is not counted.
static TimeSpan PostgresServerCpu()
{
    var ticks = 0L;
    foreach (var dir in Directory.EnumerateDirectories("/proc"))
    {
        try
        {
            var stat = File.ReadAllText(Path.Combine(dir, "stat"));
            var close = stat.LastIndexOf(')');
            if (close < 0 || !stat[..close].EndsWith("(postgres", StringComparison.Ordinal))
            {
                continue;
            }

            var fields = stat[(close + 2)..].Split(' ');
            ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // The process ended while it was read.
        }
    }

    // Linux reports in clock ticks of 1/100 s.
    return TimeSpan.FromMilliseconds(ticks * 10);
}

static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

static Process StartDevices(int count)
{
    var self = Environment.ProcessPath!;
    var info = new ProcessStartInfo(self) { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
    if (Path.GetFileNameWithoutExtension(self) == "dotnet")
    {
        info.ArgumentList.Add(typeof(LatenessListener).Assembly.Location);
    }

    info.ArgumentList.Add("devices");
    info.ArgumentList.Add(count.ToString(CultureInfo.InvariantCulture));
    return Process.Start(info) ?? throw new InvalidOperationException("could not start the devices process");
}

// The simulated devices: prints their ports on one line, serves until standard input closes.
static async Task RunDevicesAsync(int count)
{
    var servers = new List<ModbusTcpServer>();
    for (var i = 0; i < count; i++)
    {
        var server = new ModbusTcpServer(new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 }, new Dictionary<byte, IModbusUnit> { [1] = ModbusUnit.InMemory(1000) }, NullLogger<ModbusTcpServer>.Instance);
        server.Start();
        servers.Add(server);
    }

    Console.WriteLine(string.Join(' ', servers.Select(s => s.LocalEndPoint.Port)));
    await Console.In.ReadToEndAsync();
    foreach (var server in servers)
    {
        await server.DisposeAsync();
    }
}

internal sealed class LatenessListener
{
    public ConcurrentBag<double> Started { get; private set; } = [];

    public ConcurrentBag<(string Job, DateTimeOffset Scheduled)> Schedule { get; private set; } = [];

    // A scan's slots are one period apart; a wider gap between two scheduled times is a scan that never ran.
    public long MissedSlots(TimeSpan period) => Schedule.GroupBy(s => s.Job).Sum(g =>
    {
        var times = g.Select(s => s.Scheduled).Order().ToArray();
        return times.Zip(times.Skip(1), (a, b) => (long)Math.Round((b - a) / period) - 1).Sum();
    });

    public void Clear()
    {
        Started = [];
        Schedule = [];
    }

    public void Add(JobRun run)
    {
        Started.Add((run.StartedAt - run.ScheduledAt).TotalMilliseconds);
        Schedule.Add((run.JobKey, run.ScheduledAt));
    }
}
