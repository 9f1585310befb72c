using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Tests.Acquisition;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.Heating;

public sealed class HeatingPlantReaderTests
{
    private static readonly ZoneId Zone = new(1, 1);

    private readonly ManualTime _time = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
    private readonly HeatingRegisterBank _bank;
    private readonly HeatingPlantReader _reader;

    public HeatingPlantReaderTests()
    {
        _bank = new HeatingRegisterBank(_time, TimeSpan.FromSeconds(30));
        _reader = new HeatingPlantReader(_bank, Options.Create(new HeatingOptions { Mode = "Gateway" }));
        WriteZone(setpoint: 20);
    }

    [Fact]
    public void Screens_asking_within_a_second_of_an_unchanged_bank_share_one_picture()
    {
        var first = _reader.Current();
        _time.Advance(TimeSpan.FromMilliseconds(900));

        Assert.Same(first, _reader.Current());
    }

    [Fact]
    public void A_bus_write_is_in_the_next_picture_at_once()
    {
        var before = _reader.Current();
        WriteZone(setpoint: 22.5);

        var after = _reader.Current();
        Assert.NotSame(before, after);
        Assert.Equal(22.5, after.Zone(Zone)!.Setpoint);
    }

    [Fact]
    public void A_write_from_the_HMI_is_in_the_next_picture_at_once()
    {
        _reader.Current();
        _bank.WriteFromHmi(Zone.Address(ZoneRegister.Setpoint), HeatingTemperature.Encode(19));

        Assert.Equal(19, _reader.Current().Zone(Zone)!.Setpoint);
    }

    [Fact]
    public void After_a_second_the_picture_is_taken_again_so_that_ages_grow_and_stale_data_turns_stale()
    {
        var fresh = _reader.Current();
        Assert.False(fresh.Zone(Zone)!.Freshness.IsStale);

        _time.Advance(TimeSpan.FromSeconds(1));
        var later = _reader.Current();
        Assert.NotSame(fresh, later);
        Assert.Equal(_time.GetUtcNow(), later.TakenAt);

        _time.Advance(new HeatingOptions().StaleAfter);
        Assert.True(_reader.Current().Zone(Zone)!.Freshness.IsStale);
    }

    private void WriteZone(double setpoint) =>
        _bank.Write(Zone.Address(ZoneRegister.State), [(ushort)OperatingState.Normal, HeatingTemperature.Encode(setpoint), HeatingTemperature.Encode(21)]);
}
