using System.Net;
using System.Net.Http.Json;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Tests.Modbus.Net.Peers;
using HmiApp.Tests.TestSupport;
using HmiApp.Zones;

namespace HmiApp.Tests.Heating;

/// <summary>
/// The gateway inside the running app against a base station played by pymodbus 3.0 (a Modbus master no one
/// here wrote, with its own DPT 9.001 codec), over real sockets, on units 240 and 241.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Peer)]
public sealed class BaseStationPeerTests : IDisposable
{
    private const byte Unit240 = 240;
    private const byte Unit241 = 241;
    private readonly string _directory = Directory.CreateTempSubdirectory("hmi-heating-").FullName;

    private string DatabaseFile => Path.Combine(_directory, "hmi.db");

    [RequiresToolFact(PeerTool.Pymodbus)]
    public async Task Temperatures_the_base_station_writes_show_in_the_HMI_and_a_setpoint_the_HMI_writes_reaches_the_base_station_and_survives_a_restart()
    {
        var zone = new ZoneId(2, 3);

        // An hour between flushes: only the flush at a clean shutdown can have saved what the bus wrote.
        await using (var app = await GatewayApp.StartAsync(DatabaseFile, ("Heating:FlushInterval", "01:00:00")))
        {
            using var station = await BaseStationPeer.ConnectAsync(app.Port);

            // The base station writes the zone's block and the outside temperature, in DPT 9.001.
            await station.WriteAsync(Unit240, zone.Address(ZoneRegister.State), (int)OperatingState.Normal);
            await station.WriteTemperatureAsync(Unit240, zone.Address(ZoneRegister.Setpoint), 21.0);
            await station.WriteTemperatureAsync(Unit241, zone.Address(ZoneRegister.CurrentTemperature), 20.4);
            await station.WriteAsync(Unit241, zone.Address(ZoneRegister.RelativeHumidity), 47);
            await station.WriteTemperatureAsync(Unit240, HeatingRegisterMap.OutsideTemperature, -3.5);
            await station.WriteAsync(Unit240, HeatingRegisterMap.FilteredOutsideTemperature, 0x7FFF);

            var shown = await app.Http.GetFromJsonAsync<ZoneDto>("/api/v1/heating/zones/2/3");
            Assert.NotNull(shown);
            Assert.Equal(20.4, shown.Temperature);
            Assert.Equal(21.0, shown.Setpoint);
            Assert.Equal(47, shown.RelativeHumidity);
            Assert.Equal("Normal", shown.State);
            Assert.False(shown.Freshness.Stale);
            Assert.NotNull(shown.Freshness.AgeSeconds);

            var outside = await app.Http.GetFromJsonAsync<OutsideTemperatureDto>("/api/v1/heating/outside-temperature");
            Assert.Equal(-3.5, outside!.Current);
            Assert.Null(outside.Filtered);

            // The HMI changes the setpoint; the base station, polling either unit, reads the new value.
            var put = await app.Http.PutAsJsonAsync("/api/v1/heating/zones/2/3/setpoint", new SetpointChange(22.5));
            Assert.Equal(HttpStatusCode.OK, put.StatusCode);
            var write = await put.Content.ReadFromJsonAsync<HeatingWriteDto>();
            Assert.Equal("21.0 °C", write!.Old);
            Assert.Equal("22.5 °C", write.New);
            Assert.Equal("Written", write.Outcome);
            Assert.Equal(22.5, await station.ReadTemperatureAsync(Unit240, zone.Address(ZoneRegister.Setpoint)));
            Assert.Equal(22.5, await station.ReadTemperatureAsync(Unit241, zone.Address(ZoneRegister.Setpoint)));

            // Within the protection window, the base station's stale echo of the old setpoint is ignored.
            await station.WriteTemperatureAsync(Unit240, zone.Address(ZoneRegister.Setpoint), 21.0);
            Assert.Equal(22.5, await station.ReadTemperatureAsync(Unit240, zone.Address(ZoneRegister.Setpoint)));
        }

        // A new host on the same database file finds the bank as it was.
        await using (var restarted = await GatewayApp.StartAsync(DatabaseFile))
        {
            var zoneAfter = await restarted.Http.GetFromJsonAsync<ZoneDto>("/api/v1/heating/zones/2/3");
            Assert.Equal(20.4, zoneAfter!.Temperature);
            Assert.Equal(22.5, zoneAfter.Setpoint);
            Assert.Equal(47, zoneAfter.RelativeHumidity);
            var outside = await restarted.Http.GetFromJsonAsync<OutsideTemperatureDto>("/api/v1/heating/outside-temperature");
            Assert.Equal(-3.5, outside!.Current);

            using var station = await BaseStationPeer.ConnectAsync(restarted.Port);
            Assert.Equal(22.5, await station.ReadTemperatureAsync(Unit241, zone.Address(ZoneRegister.Setpoint)));
        }
    }

    [RequiresToolFact(PeerTool.Pymodbus)]
    public async Task A_broadcast_write_reaches_the_bank_and_other_tables_and_units_are_refused()
    {
        await using var app = await GatewayApp.StartAsync(DatabaseFile);
        using var station = await BaseStationPeer.ConnectAsync(app.Port);

        await station.BroadcastAsync(HeatingRegisterMap.OperatingMode, (int)OperatingMode.Cooling);
        var operation = await Eventually.WaitAsync(
            () => app.Http.GetFromJsonAsync<OperationDto>("/api/v1/heating/operation")!,
            o => o!.Mode == "Cooling", "the broadcast operating mode");
        Assert.False(operation!.Freshness.Stale);

        var echoed = await station.ReadAsync(Unit241, HeatingRegisterMap.OperatingMode, 1);
        Assert.Equal(new[] { (int)OperatingMode.Cooling }, echoed);
        var beyond = await Assert.ThrowsAsync<InvalidOperationException>(() => station.ReadAsync(Unit240, HeatingRegisterMap.BankSize - 1, 2));
        Assert.Contains("error", beyond.Message);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
