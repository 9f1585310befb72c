using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Domain.Access;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Access;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Scanning;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Tests.Alarms;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Xunit.Abstractions;

namespace HmiApp.Tests.Cluster;

/// <summary>
/// Two app nodes on one PostgreSQL behind the repository's nginx configuration, four devices between them. An alarm
/// is acknowledged on the node that is then killed with SIGKILL; through the proxy, the surviving node must show that
/// node's devices live before, stale in the gap and live again once it polls them itself, within 30 s; the
/// acknowledgement must hold; each alarm is journaled once and the history has no sample twice.
/// </summary>
[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class TwoNodeFailoverTests(PostgresServer postgres, ITestOutputHelper output) : IAsyncLifetime
{
    private const int Devices = 4;
    // Long enough that the gap after a kill outlasts the stale limit (2 periods + a sweep), so that it is seen.
    private static readonly TimeSpan OwnershipRound = TimeSpan.FromSeconds(8);
    private readonly List<ModbusTcpServer> servers = [];
    private readonly List<NodeProcess> nodes = [];
    private NginxProxy? proxy;

    [Fact]
    public async Task A_killed_node_s_devices_are_polled_by_the_other_within_30_s_and_its_acknowledged_alarm_stays_acknowledged()
    {
        var database = await postgres.CreateDatabaseAsync("cluster");
        var apiKey = await PrepareDatabaseAsync(database);
        var settings = new Dictionary<string, string>
        {
            ["Database__Provider"] = "PostgreSql",
            ["Database__ConnectionString"] = database,
            ["Acquisition__OwnershipInterval"] = OwnershipRound.ToString(),
        };
        var started = await Task.WhenAll(NodeProcess.StartAsync(settings), NodeProcess.StartAsync(settings));
        nodes.AddRange(started);
        proxy = await NginxProxy.StartAsync(nodes.Select(n => n.Port).ToList());

        await Eventually.HoldsAsync(async () => (await OwnedAsync(database)).Values.All(d => d.Count == Devices / 2) && (await OwnedAsync(database)).Count == 2,
            TimeSpan.FromSeconds(60), "each node polling two of the four devices");

        // Signed in through the proxy, as an operator's browser is; ip_hash keeps this client on one node: the survivor.
        using var operatorStation = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(proxy.BaseUrl) };
        var signIn = await operatorStation.SignInAsync(HmiAppFactory.AdminUserName, HmiAppFactory.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var servedBy = int.Parse(signIn.Headers.GetValues("X-Hmi-Node").Single().Split(':')[^1], CultureInfo.InvariantCulture);
        var survivor = nodes.Single(n => n.Port == servedBy);
        var victim = nodes.Single(n => n.Port != servedBy);
        // The sign-in cookie opens the overview on both nodes (data-protection keys are in the shared database).
        Assert.Equal(HttpStatusCode.OK, (await operatorStation.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await operatorStation.GetAsync(new Uri(victim.BaseUrl))).StatusCode);
        // The REST API takes keys, not cookies: the values the overview shows, read through the proxy.
        operatorStation.DefaultRequestHeaders.Add(HmiApp.Access.ApiKeyAuthentication.HeaderName, apiKey);
        var owned = await OwnedAsync(database);
        var victimDevices = owned[NodeName(victim)];
        Assert.Equal(Devices / 2, victimDevices.Count);

        // Before: the survivor shows every device live, the victim's through LISTEN/NOTIFY.
        await Eventually.HoldsAsync(async () => (await PointsAsync(operatorStation)).All(p => p.Live), TimeSpan.FromSeconds(15), "all four devices live on the survivor");
        await Eventually.HoldsAsync(async () => (await AlarmsAsync(operatorStation)).Count(a => a.State == nameof(AlarmState.Unacknowledged)) == Devices,
            TimeSpan.FromSeconds(15), "four unacknowledged alarms on the survivor");

        // Within 1 s of acquisition: each new value of the victim's devices, as the survivor serves it, is younger than
        // a second when first seen (an upper bound: the REST reads are 100 ms apart).
        var firstSeen = new Dictionary<(string, DateTimeOffset), TimeSpan>();
        for (var watch = System.Diagnostics.Stopwatch.StartNew(); watch.Elapsed < TimeSpan.FromSeconds(5);)
        {
            var now = DateTimeOffset.UtcNow;
            foreach (var point in (await PointsAsync(operatorStation)).Where(p => victimDevices.Contains(p.Device) && p.Timestamp is not null))
            {
                firstSeen.TryAdd((point.Device, point.Timestamp!.Value), now - point.Timestamp!.Value);
            }

            await Task.Delay(100);
        }

        var relayed = firstSeen.Values.Skip(victimDevices.Count).ToList();
        Assert.True(relayed.Count >= 6, $"only {relayed.Count} new values of the victim's devices in 5 s");
        output.WriteLine($"relay: a value acquired on the other node was first seen here after at most {relayed.Max().TotalMilliseconds:0} ms (median {relayed.Order().ElementAt(relayed.Count / 2).TotalMilliseconds:0} ms, {relayed.Count} values)");
        Assert.True(relayed.Max() < TimeSpan.FromSeconds(1), $"a value of the victim's devices reached the survivor {relayed.Max().TotalMilliseconds:0} ms after it was acquired");

        // Acknowledged on the victim itself; the survivor learns it through the cluster.
        var acknowledged = $"{victimDevices[0]}.High";
        using var onVictim = new HttpClient { BaseAddress = new Uri(victim.BaseUrl) };
        onVictim.DefaultRequestHeaders.Add(HmiApp.Access.ApiKeyAuthentication.HeaderName, apiKey);
        var ack = await onVictim.PostAsJsonAsync($"/api/v1/alarms/{acknowledged}/acknowledge", new { comment = "seen" });
        Assert.True(ack.IsSuccessStatusCode, await ack.Content.ReadAsStringAsync());
        await Eventually.HoldsAsync(async () => (await AlarmsAsync(operatorStation)).Single(a => a.Key == acknowledged).State == nameof(AlarmState.Acknowledged),
            TimeSpan.FromSeconds(5), $"{acknowledged} acknowledged on the survivor");

        // Kill just after the survivor's ownership round, so that the gap is a whole round and its staleness shows.
        await Eventually.HoldsAsync(async () => await SinceLastRoundAsync(database, survivor) < TimeSpan.FromMilliseconds(300), OwnershipRound * 3, "the survivor's ownership round");
        await victim.KillAsync();
        var killedAt = DateTimeOffset.UtcNow;

        var seenStale = new HashSet<string>();
        var liveAgain = new Dictionary<string, DateTimeOffset>();
        while (liveAgain.Count < victimDevices.Count && DateTimeOffset.UtcNow - killedAt < TimeSpan.FromSeconds(30))
        {
            foreach (var point in (await PointsAsync(operatorStation)).Where(p => victimDevices.Contains(p.Device)))
            {
                if (point.Quality != "Good")
                {
                    seenStale.Add(point.Device);
                }
                else if (point.Timestamp > killedAt && !liveAgain.ContainsKey(point.Device))
                {
                    liveAgain[point.Device] = DateTimeOffset.UtcNow;
                }
            }

            await Task.Delay(100);
        }

        Assert.True(liveAgain.Count == victimDevices.Count, $"within 30 s of the kill only {string.Join(", ", liveAgain.Keys)} of {string.Join(", ", victimDevices)} were polled again;\nsurvivor log:\n{Tail(survivor.Log)}");
        var failover = liveAgain.Values.Max() - killedAt;
        output.WriteLine($"failover: the killed node's devices were live again on the survivor {failover.TotalSeconds:0.0} s after SIGKILL (ownership round {OwnershipRound.TotalSeconds:0} s)");
        Assert.Equal(victimDevices.Order(), seenStale.Order());
        Assert.Equal(nameof(AlarmState.Acknowledged), (await AlarmsAsync(operatorStation)).Single(a => a.Key == acknowledged).State);

        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        Assert.Equal(0L, await ScalarAsync(connection, "SELECT count(*) FROM (SELECT point_id, time FROM historian.history_samples GROUP BY point_id, time HAVING count(*) > 1) AS doubled"));
        var takenOver = (await PointsAsync(operatorStation)).Where(p => victimDevices.Contains(p.Device)).Select(p => p.Id).ToList();
        await Eventually.HoldsAsync(
            async () => await ScalarAsync(connection, $"SELECT count(DISTINCT point_id) FROM historian.history_samples WHERE point_id IN ({string.Join(",", takenOver)}) AND time > {HmiApp.Infrastructure.Historian.HistoryTime.ToMicros(killedAt + failover)}") == takenOver.Count,
            TimeSpan.FromSeconds(15), "the survivor's samples of the taken-over points in the history");
        var raised = await RowsAsync(connection, "SELECT alarm_key, count(*) FROM alarm_journal WHERE event = 'ConditionActive' GROUP BY alarm_key");
        Assert.Equal(Devices, raised.Count);
        Assert.All(raised, r => Assert.True(r.Count == 1, $"{r.Key} was journaled as raised {r.Count} times"));
        Assert.Equal(1L, await ScalarAsync(connection, $"SELECT count(*) FROM alarm_journal WHERE event = 'Acknowledge' AND alarm_key = '{acknowledged}'"));
    }

    public Task InitializeAsync()
    {
        for (var i = 0; i < Devices; i++)
        {
            var unit = ModbusUnit.InMemory(100);
            var server = new ModbusTcpServer(new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 },
                new Dictionary<byte, IModbusUnit> { [1] = unit }, NullLogger<ModbusTcpServer>.Instance);
            server.Start();
            servers.Add(server);
            // A level that counts up, so that every scan is a new sample and an alarm (High at 1.0) that stands.
            _ = Task.Run(async () =>
            {
                for (ushort level = 100; servers.Count > 0; level++)
                {
                    unit.HoldingRegisters.Write(2, [level]);
                    await Task.Delay(200);
                }
            });
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        var all = servers.ToList();
        servers.Clear();
        foreach (var server in all)
        {
            await server.DisposeAsync();
        }
    }

    /// <summary>Migrates the database, creates the admin, applies the map and the alarms, issues an API key.</summary>
    private async Task<string> PrepareDatabaseAsync(string database)
    {
        await using var app = new HmiAppFactory()
            .With("Database:Provider", "PostgreSql")
            .With("Database:ConnectionString", database)
            .With("Acquisition:Enabled", "false");
        _ = app.Services;
        var lines = new List<string>
        {
            "kind,name,periodMs,host,port,unitId,scanClass,requestTimeoutMs,connectTimeoutMs,device,table,address,dataType,scale,deadband,tags",
            "ScanClass,fast,1000,,,,,,,,,,,,,",
        };
        for (var i = 0; i < Devices; i++)
        {
            lines.Add($"Device,plc{i + 1},,127.0.0.1,{servers[i].LocalEndPoint.Port},1,fast,300,300,,,,,,,");
            lines.Add($"Point,level,,,,,,,,plc{i + 1},HoldingRegisters,2,Int16,0.1,,");
        }

        var maps = app.Services.GetRequiredService<PointMapService>();
        var preview = maps.Preview(PointMapFormat.Csv, string.Join("\n", lines));
        Assert.True(preview.CanApply, string.Join("\n", preview.Import.Issues));
        await maps.ApplyAsync(preview, "test", CancellationToken.None);
        var engine = app.Services.GetRequiredService<AcquisitionEngine>();
        var definitions = Enumerable.Range(1, Devices)
            .Select(i => AlarmEngineHarness.Define($"plc{i}.High", AlarmKind.High, point: engine.PointIdOf(new("plc" + i, "level"))!.Value, limit: 1.0))
            .ToList();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await app.Services.GetRequiredService<AlarmCommands>().SaveDefinitionsAsync(
                new AlarmActor("test", null), scope.ServiceProvider.GetRequiredService<AlarmDefinitionStore>(), definitions, "cluster test", CancellationToken.None);
        }

        var key = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("cluster-test", HmiRoles.Admin, null, "test", CancellationToken.None);
        return key.PlainKey;
    }

    private static string NodeName(NodeProcess node) => $"hmi-scan-owner:{Environment.MachineName}:{node.ProcessId}";

    /// <summary>Which node's owner session holds which device's advisory lock, from PostgreSQL itself.</summary>
    private static async Task<Dictionary<string, List<string>>> OwnedAsync(string database)
    {
        var keys = Enumerable.Range(1, Devices).ToDictionary(i => (long)(uint)PostgresDeviceOwnership.DeviceKey($"plc{i}"), i => $"plc{i}");
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT a.application_name, l.objid::bigint FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted AND a.application_name LIKE 'hmi-scan-owner:%'", connection);
        var owned = new Dictionary<string, List<string>>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            if (keys.TryGetValue(reader.GetInt64(1), out var device))
            {
                (owned.TryGetValue(reader.GetString(0), out var list) ? list : owned[reader.GetString(0)] = []).Add(device);
            }
        }

        foreach (var list in owned.Values)
        {
            list.Sort(StringComparer.Ordinal);
        }

        return owned;
    }

    private static async Task<TimeSpan> SinceLastRoundAsync(string database, NodeProcess node)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT extract(epoch FROM now() - state_change)::float8 FROM pg_stat_activity WHERE application_name = @name", connection);
        command.Parameters.AddWithValue("name", NodeName(node));
        return await command.ExecuteScalarAsync() is double seconds ? TimeSpan.FromSeconds(seconds) : TimeSpan.MaxValue;
    }

    private sealed record PointSeen(long Id, string Device, string Quality, DateTimeOffset? Timestamp)
    {
        public bool Live => Quality == "Good" && Timestamp > DateTimeOffset.UtcNow.AddSeconds(-2.5);
    }

    private static async Task<List<PointSeen>> PointsAsync(HttpClient client)
    {
        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/points?take=100");
        return page.GetProperty("items").EnumerateArray()
            .Select(p => new PointSeen(p.GetProperty("id").GetInt64(), p.GetProperty("device").GetString()!, p.GetProperty("quality").GetString()!,
                p.GetProperty("timestamp").ValueKind == JsonValueKind.Null ? null : p.GetProperty("timestamp").GetDateTimeOffset()))
            .ToList();
    }

    private static async Task<List<(string Key, string State)>> AlarmsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/v1/alarms")).EnumerateArray()
            .Select(a => (a.GetProperty("key").GetString()!, a.GetProperty("state").GetString()!)).ToList();

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static async Task<List<(string Key, long Count)>> RowsAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<(string, long)>();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetInt64(1)));
        }

        return rows;
    }

    private static string Tail(string log) => string.Join("\n", log.Split('\n').TakeLast(40));
}
