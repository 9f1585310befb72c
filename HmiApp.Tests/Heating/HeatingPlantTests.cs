using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;

namespace HmiApp.Tests.Heating;

public sealed class HeatingPlantTests
{
    private static readonly TimeSpan StaleAfter = TimeSpan.FromSeconds(180);
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly HeatingRegisterBank _bank;

    public HeatingPlantTests() => _bank = new HeatingRegisterBank(_time, TimeSpan.FromSeconds(30));

    private HeatingPlant Plant => HeatingPlant.From(_bank.Snapshot(), StaleAfter);

    [Fact]
    public void A_zone_appears_once_the_bus_writes_data_into_its_block()
    {
        var zone = new ZoneId(3, 12);
        Assert.Empty(Plant.Zones);

        _bank.Write(zone.Address(ZoneRegister.State), [0, 0x7FFF, 0x7FFF]);
        Assert.Empty(Plant.Zones);

        _bank.Write(zone.Address(ZoneRegister.State), [(ushort)OperatingState.Reduced, 0x8116, HeatingTemperature.Encode(19.5)]);
        _bank.Write(zone.Address(ZoneRegister.RelativeHumidity), [55]);

        var shown = Assert.Single(Plant.Zones);
        Assert.Equal(zone, shown.Id);
        Assert.Equal(OperatingState.Reduced, shown.State);
        Assert.Null(shown.Setpoint);
        Assert.Equal(19.5, shown.Temperature);
        Assert.Equal(55, shown.RelativeHumidity);
    }

    [Fact]
    public void A_zone_written_only_by_the_HMI_is_not_part_of_the_installation()
    {
        _bank.WriteFromHmi(new ZoneId(1, 1).Address(ZoneRegister.Setpoint), HeatingTemperature.Encode(21));
        Assert.Empty(Plant.Zones);
    }

    [Fact]
    public void Data_turns_stale_exactly_when_no_bus_write_came_for_the_stale_time()
    {
        var zone = new ZoneId(1, 1);
        _bank.Write(zone.Address(ZoneRegister.CurrentTemperature), [HeatingTemperature.Encode(21)]);
        var written = _time.GetUtcNow();

        _time.Advance(StaleAfter - TimeSpan.FromMilliseconds(1));
        var fresh = Plant.Zone(zone)!.Freshness;
        Assert.False(fresh.IsStale);
        Assert.Equal(StaleAfter - TimeSpan.FromMilliseconds(1), fresh.Age);
        Assert.Equal(written, fresh.LastBusWrite);

        _time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.True(Plant.Zone(zone)!.Freshness.IsStale);

        _bank.Write(zone.Address(ZoneRegister.RelativeHumidity), [40]);
        Assert.False(Plant.Zone(zone)!.Freshness.IsStale);
        Assert.Equal(TimeSpan.Zero, Plant.Zone(zone)!.Freshness.Age);
    }

    [Fact]
    public void Globals_never_written_by_the_bus_are_stale_with_no_age()
    {
        var plant = Plant;
        Assert.True(plant.Operation.Freshness.IsStale);
        Assert.Null(plant.Operation.Freshness.Age);
        Assert.Null(plant.Operation.Mode);
        Assert.True(plant.Outside.Freshness.IsStale);

        // Registers still at 0 that the bus never wrote are no value, not 0 °C or "no errors".
        Assert.Null(plant.Outside.Current);
        Assert.Null(plant.Notifications.ErrorsPresent);
    }

    [Fact]
    public void A_zero_the_bus_wrote_is_a_value()
    {
        _bank.Write(HeatingRegisterMap.ErrorsPresent, [0]);
        _bank.Write(HeatingRegisterMap.OutsideTemperature, [0]);
        Assert.Equal(false, Plant.Notifications.ErrorsPresent);
        Assert.Equal(0.0, Plant.Outside.Current);
    }

    [Fact]
    public void Globals_mixed_circuits_dehumidifiers_and_pumps_are_read_from_their_registers()
    {
        _bank.Write(HeatingRegisterMap.OperatingMode, [(ushort)OperatingMode.ManualHeating, (ushort)OperatingState.Holiday, 1, 0, 0, 1]);
        _bank.Write(HeatingRegisterMap.OutsideTemperature, [HeatingTemperature.Encode(-4), 0x7FFF]);
        _bank.Write(HeatingRegisterMap.MixedCircuit(2, MixedCircuitRegister.ValveOpening), [35, 1, HeatingTemperature.Encode(38), HeatingTemperature.Encode(31.5)]);
        _bank.Write(HeatingRegisterMap.Dehumidifier(9), [1]);
        _bank.Write(HeatingRegisterMap.ExtraPump(1), [0]);

        var plant = Plant;
        Assert.Equal(OperatingMode.ManualHeating, plant.Operation.Mode);
        Assert.Equal(OperatingState.Holiday, plant.Operation.State);
        Assert.False(plant.Operation.Freshness.IsStale);
        Assert.True(plant.Notifications.ErrorsPresent);
        Assert.False(plant.Notifications.WarningsPresent);
        Assert.True(plant.Notifications.HintsPresent);
        Assert.Equal(-4, plant.Outside.Current);
        Assert.Null(plant.Outside.Filtered);

        var circuit = Assert.Single(plant.MixedCircuits);
        Assert.Equal(new MixedCircuit(2, 35, true, 38, 31.5, circuit.Freshness), circuit);
        Assert.Equal(new HeatingUnit(9, true, plant.Dehumidifiers[0].Freshness), Assert.Single(plant.Dehumidifiers));
        Assert.Equal(new HeatingUnit(1, false, plant.ExtraPumps[0].Freshness), Assert.Single(plant.ExtraPumps));
    }

    [Fact]
    public void Unknown_state_and_mode_numbers_read_as_no_value()
    {
        _bank.Write(HeatingRegisterMap.OperatingMode, [9, 0]);
        Assert.Null(Plant.Operation.Mode);
        Assert.Null(Plant.Operation.State);
    }
}
