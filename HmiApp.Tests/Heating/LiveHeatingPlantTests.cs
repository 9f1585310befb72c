using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Zones;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.Heating;

public sealed class LiveHeatingPlantTests
{
    private readonly ManualTime _busTime = new(new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task A_burst_of_bus_writes_reaches_the_screen_as_a_refresh_with_all_the_new_values()
    {
        var bank = new HeatingRegisterBank(_busTime, TimeSpan.FromSeconds(30));
        var reader = new HeatingPlantReader(bank, Options.Create(new HeatingOptions { Mode = "Gateway" }));
        var pictures = new List<HeatingPlant>();
        using var live = new LiveHeatingPlant(reader, TimeProvider.System, plant =>
        {
            lock (pictures)
            {
                pictures.Add(plant);
            }

            return Task.CompletedTask;
        });
        Assert.True(live.Enabled);

        for (var zone = 1; zone <= 8; zone++)
        {
            bank.Write(new ZoneId(1, zone).Address(ZoneRegister.State), [(ushort)OperatingState.Normal, HeatingTemperature.Encode(20 + zone * 0.5), HeatingTemperature.Encode(20)]);
        }

        await Eventually.HoldsAsync(() => Snapshot(pictures).Count >= 1, "a refresh after the writes");
        var first = Snapshot(pictures);
        Assert.Equal(8, first[0].Zones.Count);
        Assert.Equal(24.0, first[0].Zone(new ZoneId(1, 8))!.Setpoint);
    }

    [Fact]
    public void With_heating_disabled_nothing_is_live()
    {
        var bank = new HeatingRegisterBank(_busTime, TimeSpan.FromSeconds(30));
        var reader = new HeatingPlantReader(bank, Options.Create(new HeatingOptions { Mode = "Disabled" }));

        using var live = new LiveHeatingPlant(reader, TimeProvider.System, _ => throw new InvalidOperationException("no refresh expected"));

        Assert.False(live.Enabled);
    }

    private static List<HeatingPlant> Snapshot(List<HeatingPlant> pictures)
    {
        lock (pictures)
        {
            return [.. pictures];
        }
    }
}
