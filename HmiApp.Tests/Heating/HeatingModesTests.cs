using System.Net;
using System.Net.Http.Json;
using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Tests.TestSupport;
using HmiApp.Zones;
using Microsoft.Extensions.Logging.Abstractions;

namespace HmiApp.Tests.Heating;

/// <summary>Client mode (the HMI polls a slave with the Nea Smart register map) and Disabled mode, in the running app.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class HeatingModesTests
{
    [Fact]
    public async Task In_client_mode_the_HMI_polls_the_zone_model_from_the_bus_and_writes_setpoints_to_it()
    {
        // The slave on the far side of the converter: a Modbus server holding the register map on unit 240.
        var slaveRegisters = new MemoryRegisterBank(6100);
        var zone = new ZoneId(1, 1);
        slaveRegisters.Write(zone.Address(ZoneRegister.State), [(ushort)OperatingState.Normal, HeatingTemperature.Encode(20.5), HeatingTemperature.Encode(18.25)]);
        slaveRegisters.Write(HeatingRegisterMap.OutsideTemperature, [HeatingTemperature.Encode(4)]);
        var slaveUnit = new ModbusUnit(slaveRegisters, new MemoryRegisterBank(1), new MemoryBitBank(1), new MemoryBitBank(1));
        await using var slave = new ModbusTcpServer(new ModbusTcpServerOptions { BindAddress = IPAddress.Loopback, Port = 0 }, new Dictionary<byte, IModbusUnit> { [240] = slaveUnit }, NullLogger<ModbusTcpServer>.Instance);
        slave.Start();

        await using var factory = new HmiAppFactory()
            .With("Heating:Mode", "Client")
            .With("Heating:Host", "127.0.0.1")
            .With("Heating:Port", slave.LocalEndPoint.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Heating:PollInterval", "00:00:00.200");
        using var http = await factory.CreateApiClientAsync();

        var polled = await Eventually.WaitAsync(
            () => http.GetFromJsonAsync<ZoneListDto>("/api/v1/heating/zones")!,
            list => list!.Zones.Count == 1, "the polled zone");
        Assert.Equal((18.25, 20.5, false), (polled!.Zones[0].Temperature!.Value, polled.Zones[0].Setpoint!.Value, polled.Zones[0].Freshness.Stale));
        Assert.Equal(4, (await http.GetFromJsonAsync<OutsideTemperatureDto>("/api/v1/heating/outside-temperature"))!.Current);

        var put = await http.PutAsJsonAsync("/api/v1/heating/zones/1/1/setpoint", new SetpointChange(23));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("23.0 °C", (await put.Content.ReadFromJsonAsync<HeatingWriteDto>())!.ReadBack);
        var onSlave = new ushort[1];
        slaveRegisters.Read(zone.Address(ZoneRegister.Setpoint), onSlave);
        Assert.Equal(23, HeatingTemperature.Decode(onSlave[0]));
    }

    [Fact]
    public async Task In_client_mode_a_write_the_bus_cannot_take_is_reported_as_503_with_the_reason()
    {
        await using var factory = new HmiAppFactory()
            .With("Heating:Mode", "Client")
            .With("Heating:Host", "127.0.0.1")
            .With("Heating:Port", FreePort.Next().ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("Heating:RequestTimeout", "00:00:00.500");
        using var http = await factory.CreateApiClientAsync();

        var put = await http.PutAsJsonAsync("/api/v1/heating/operation/mode", new ModeChange("Auto"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, put.StatusCode);
        var problem = await put.Content.ReadAsStringAsync();
        Assert.Contains("Writing register 1 on unit 240 failed", problem);
    }

    [Fact]
    public async Task Disabled_heating_answers_503_naming_the_setting()
    {
        await using var factory = new HmiAppFactory().With("Heating:Mode", "Disabled");
        using var http = await factory.CreateApiClientAsync();

        var response = await http.GetAsync("/api/v1/heating/zones");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("Heating:Mode is Disabled", await response.Content.ReadAsStringAsync());
    }
}
