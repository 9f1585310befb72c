using HmiApp.Domain.Heating;

namespace HmiApp.Tests.Heating;

public sealed class HeatingRegisterMapTests
{
    public static TheoryData<int, int, ZoneRegister, int> ZoneBoundaries => new()
    {
        { 1, 1, ZoneRegister.State, 100 },
        { 1, 1, ZoneRegister.Setpoint, 101 },
        { 1, 1, ZoneRegister.CurrentTemperature, 102 },
        { 1, 1, ZoneRegister.RelativeHumidity, 110 },
        { 1, 12, ZoneRegister.State, 1200 },
        { 1, 12, ZoneRegister.RelativeHumidity, 1210 },
        { 2, 1, ZoneRegister.State, 1300 },
        { 3, 7, ZoneRegister.Setpoint, 3101 },
        { 5, 1, ZoneRegister.State, 4900 },
        { 5, 12, ZoneRegister.State, 6000 },
        { 5, 12, ZoneRegister.RelativeHumidity, 6010 },
    };

    [Theory]
    [MemberData(nameof(ZoneBoundaries))]
    public void Zone_address_is_base_minus_one_times_1200_plus_zone_times_100_plus_offset(int baseStation, int zone, ZoneRegister register, int expected)
    {
        Assert.Equal(expected, HeatingRegisterMap.Zone(baseStation, zone, register));
        Assert.Equal(expected, new ZoneId(baseStation, zone).Address(register));
    }

    [Fact]
    public void Every_zone_register_follows_the_formula_lies_in_the_bank_and_maps_back_to_its_zone()
    {
        var seen = new HashSet<int>();
        for (var b = 1; b <= 5; b++)
        {
            for (var z = 1; z <= 12; z++)
            {
                foreach (var register in Enum.GetValues<ZoneRegister>())
                {
                    var address = HeatingRegisterMap.Zone(b, z, register);
                    Assert.Equal(((b - 1) * 1200) + (z * 100) + (int)register, address);
                    Assert.InRange(address, 0, HeatingRegisterMap.BankSize - 1);
                    Assert.True(seen.Add(address), $"address {address} is used twice");
                    Assert.True(HeatingRegisterMap.TryLocateZone(address, out var located, out var offset));
                    Assert.Equal(new ZoneId(b, z), located);
                    Assert.Equal((int)register, offset);
                }
            }
        }

        Assert.Equal(5 * 12 * 4, seen.Count);
    }

    [Theory]
    [InlineData(0, 1, "baseStation")]
    [InlineData(6, 1, "baseStation")]
    [InlineData(1, 0, "zone")]
    [InlineData(1, 13, "zone")]
    public void Zone_outside_1_to_5_and_1_to_12_is_refused_naming_the_argument(int baseStation, int zone, string parameter)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HeatingRegisterMap.Zone(baseStation, zone, ZoneRegister.Setpoint));
        Assert.Equal(parameter, error.ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new ZoneId(baseStation, zone));
        Assert.False(ZoneId.IsValid(baseStation, zone));
    }

    [Fact]
    public void Global_registers_are_at_Rehaus_addresses()
    {
        Assert.Equal(1, HeatingRegisterMap.OperatingMode);
        Assert.Equal(2, HeatingRegisterMap.OperatingState);
        Assert.Equal(3, HeatingRegisterMap.ErrorsPresent);
        Assert.Equal(5, HeatingRegisterMap.WarningsPresent);
        Assert.Equal(6, HeatingRegisterMap.HintsPresent);
        Assert.Equal(7, HeatingRegisterMap.OutsideTemperature);
        Assert.Equal(8, HeatingRegisterMap.FilteredOutsideTemperature);
    }

    [Theory]
    [InlineData(1, MixedCircuitRegister.ValveOpening, 10)]
    [InlineData(1, MixedCircuitRegister.ReturnTemperature, 13)]
    [InlineData(2, MixedCircuitRegister.ValveOpening, 14)]
    [InlineData(2, MixedCircuitRegister.PumpState, 15)]
    [InlineData(3, MixedCircuitRegister.ValveOpening, 18)]
    [InlineData(3, MixedCircuitRegister.FlowTemperature, 20)]
    [InlineData(3, MixedCircuitRegister.ReturnTemperature, 21)]
    public void Mixed_circuits_start_at_10_14_18(int circuit, MixedCircuitRegister register, int expected) =>
        Assert.Equal(expected, HeatingRegisterMap.MixedCircuit(circuit, register));

    [Theory]
    [InlineData(1, 22)]
    [InlineData(5, 26)]
    [InlineData(9, 30)]
    public void Dehumidifier_n_is_at_n_plus_21(int number, int expected) => Assert.Equal(expected, HeatingRegisterMap.Dehumidifier(number));

    [Theory]
    [InlineData(1, 31)]
    [InlineData(5, 35)]
    public void Extra_pump_n_is_at_n_plus_30(int number, int expected) => Assert.Equal(expected, HeatingRegisterMap.ExtraPump(number));

    [Fact]
    public void Numbers_outside_their_range_are_refused_naming_the_argument()
    {
        Assert.Equal("circuit", Assert.Throws<ArgumentOutOfRangeException>(() => HeatingRegisterMap.MixedCircuit(0, MixedCircuitRegister.PumpState)).ParamName);
        Assert.Equal("circuit", Assert.Throws<ArgumentOutOfRangeException>(() => HeatingRegisterMap.MixedCircuit(4, MixedCircuitRegister.PumpState)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => HeatingRegisterMap.Dehumidifier(0)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => HeatingRegisterMap.Dehumidifier(10)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => HeatingRegisterMap.ExtraPump(0)).ParamName);
        Assert.Equal("number", Assert.Throws<ArgumentOutOfRangeException>(() => HeatingRegisterMap.ExtraPump(6)).ParamName);
    }

    [Fact]
    public void Global_registers_do_not_overlap_and_end_below_the_first_zone()
    {
        var globals = new List<int> { 1, 2, 3, 5, 6, 7, 8 };
        for (var c = 1; c <= 3; c++)
        {
            globals.AddRange(Enum.GetValues<MixedCircuitRegister>().Select(r => (int)HeatingRegisterMap.MixedCircuit(c, r)));
        }

        globals.AddRange(Enumerable.Range(1, 9).Select(n => (int)HeatingRegisterMap.Dehumidifier(n)));
        globals.AddRange(Enumerable.Range(1, 5).Select(n => (int)HeatingRegisterMap.ExtraPump(n)));
        Assert.Equal(globals.Count, globals.Distinct().Count());
        Assert.All(globals, a => Assert.InRange(a, 1, 99));
        Assert.All(globals, a => Assert.False(HeatingRegisterMap.TryLocateZone(a, out _, out _)));
    }

    [Fact]
    public void Command_registers_are_zone_states_and_setpoints_and_the_global_mode_and_state()
    {
        Assert.True(HeatingRegisterMap.IsCommandRegister(HeatingRegisterMap.OperatingMode));
        Assert.True(HeatingRegisterMap.IsCommandRegister(HeatingRegisterMap.OperatingState));
        Assert.True(HeatingRegisterMap.IsCommandRegister(HeatingRegisterMap.Zone(1, 1, ZoneRegister.State)));
        Assert.True(HeatingRegisterMap.IsCommandRegister(HeatingRegisterMap.Zone(5, 12, ZoneRegister.Setpoint)));
        Assert.False(HeatingRegisterMap.IsCommandRegister(HeatingRegisterMap.Zone(5, 12, ZoneRegister.CurrentTemperature)));
        Assert.False(HeatingRegisterMap.IsCommandRegister(HeatingRegisterMap.Zone(2, 1, ZoneRegister.RelativeHumidity)));
        Assert.False(HeatingRegisterMap.IsCommandRegister(HeatingRegisterMap.OutsideTemperature));
        Assert.False(HeatingRegisterMap.IsCommandRegister(0));
        Assert.False(HeatingRegisterMap.IsCommandRegister(HeatingRegisterMap.BankSize));
    }

    [Fact]
    public void The_bank_ends_with_the_last_zones_block_of_100() => Assert.Equal(6100, HeatingRegisterMap.BankSize);
}
