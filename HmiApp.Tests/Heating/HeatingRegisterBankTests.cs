using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;

namespace HmiApp.Tests.Heating;

public sealed class HeatingRegisterBankTests
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(30);
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly HeatingRegisterBank _bank;
    private readonly ushort _setpoint = new ZoneId(1, 4).Address(ZoneRegister.Setpoint);
    private readonly ushort _temperature = new ZoneId(1, 4).Address(ZoneRegister.CurrentTemperature);

    public HeatingRegisterBankTests() => _bank = new HeatingRegisterBank(_time, Window);

    [Fact]
    public void A_bus_write_of_a_command_register_within_the_window_after_an_HMI_write_is_ignored()
    {
        _bank.Write(_setpoint, [HeatingTemperature.Encode(20)]);
        _bank.WriteFromHmi(_setpoint, HeatingTemperature.Encode(22));

        _time.Advance(Window - TimeSpan.FromMilliseconds(1));
        _bank.Write(_setpoint, [HeatingTemperature.Encode(20)]);

        Assert.Equal(22, HeatingTemperature.Decode(_bank.Read(_setpoint)));
        Assert.Equal(1, _bank.IgnoredEchoes);
    }

    [Fact]
    public void Once_the_window_has_passed_the_bus_wins_again()
    {
        _bank.WriteFromHmi(_setpoint, HeatingTemperature.Encode(22));

        _time.Advance(Window);
        _bank.Write(_setpoint, [HeatingTemperature.Encode(19)]);

        Assert.Equal(19, HeatingTemperature.Decode(_bank.Read(_setpoint)));
        Assert.Equal(0, _bank.IgnoredEchoes);
    }

    [Fact]
    public void Measured_values_are_never_protected_and_a_block_write_keeps_only_the_protected_register()
    {
        var zone = new ZoneId(1, 4);
        _bank.WriteFromHmi(zone.Address(ZoneRegister.State), (ushort)OperatingState.Party);
        _bank.WriteFromHmi(_temperature, HeatingTemperature.Encode(25));

        _time.Advance(TimeSpan.FromSeconds(1));
        _bank.Write(zone.Address(ZoneRegister.State), [(ushort)OperatingState.Normal, HeatingTemperature.Encode(20), HeatingTemperature.Encode(19.5)]);

        Assert.Equal((ushort)OperatingState.Party, _bank.Read(zone.Address(ZoneRegister.State)));
        Assert.Equal(20, HeatingTemperature.Decode(_bank.Read(_setpoint)));
        Assert.Equal(19.5, HeatingTemperature.Decode(_bank.Read(_temperature)));
    }

    [Fact]
    public void A_protected_register_keeps_its_last_bus_write_time_so_its_age_is_honest()
    {
        _bank.Write(_setpoint, [HeatingTemperature.Encode(20)]);
        var firstBusWrite = _time.GetUtcNow();
        _bank.WriteFromHmi(_setpoint, HeatingTemperature.Encode(22));
        _time.Advance(TimeSpan.FromSeconds(5));
        _bank.Write(_setpoint, [HeatingTemperature.Encode(20)]);

        Assert.Equal(firstBusWrite, _bank.Snapshot().LastBusWrite(_setpoint));
    }

    [Fact]
    public void A_zero_window_turns_protection_off()
    {
        var bank = new HeatingRegisterBank(_time, TimeSpan.Zero);
        bank.WriteFromHmi(_setpoint, HeatingTemperature.Encode(22));
        bank.Write(_setpoint, [HeatingTemperature.Encode(20)]);
        Assert.Equal(20, HeatingTemperature.Decode(bank.Read(_setpoint)));
    }

    [Fact]
    public void Changes_are_handed_out_once_and_can_be_returned_when_saving_failed()
    {
        _bank.Write(_temperature, [HeatingTemperature.Encode(20), 7]);
        _bank.WriteFromHmi(_setpoint, 1);

        var changes = _bank.TakeChanges();
        Assert.Equal([_setpoint, _temperature, (ushort)(_temperature + 1)], changes.Select(c => (ushort)c.Address).Order());
        Assert.Empty(_bank.TakeChanges());
        Assert.Equal(_time.GetUtcNow().ToUnixTimeMilliseconds(), changes.Single(c => c.Address == _setpoint).HmiWrittenUnixMs);

        _bank.ReturnChanges(changes);
        Assert.Equal(3, _bank.UnsavedCount);
    }

    [Fact]
    public void Loaded_registers_restore_values_bus_times_and_the_protection_window()
    {
        var hmiWrite = _time.GetUtcNow();
        _bank.Load([
            new HeatingRegisterRecord { Address = _setpoint, Value = HeatingTemperature.Encode(23), HmiWrittenUnixMs = hmiWrite.ToUnixTimeMilliseconds() },
            new HeatingRegisterRecord { Address = _temperature, Value = HeatingTemperature.Encode(21), BusWrittenUnixMs = hmiWrite.ToUnixTimeMilliseconds() },
        ]);

        Assert.Equal(0, _bank.UnsavedCount);
        Assert.Equal(hmiWrite, _bank.Snapshot().LastBusWrite(_temperature));
        _bank.Write(_setpoint, [HeatingTemperature.Encode(18)]);
        Assert.Equal(23, HeatingTemperature.Decode(_bank.Read(_setpoint)));
    }

    [Fact]
    public void Writes_past_the_bank_are_refused_and_every_change_is_signalled()
    {
        var signals = 0;
        _bank.Changed += (_, _) => signals++;
        _bank.Write(0, [1]);
        _bank.WriteFromHmi(1, 2);
        Assert.Equal(2, signals);
        Assert.Throws<ArgumentOutOfRangeException>(() => _bank.Write(HeatingRegisterMap.BankSize - 1, [1, 2]));
    }
}
