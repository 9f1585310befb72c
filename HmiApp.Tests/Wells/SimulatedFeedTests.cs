using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Simulation.Wells;
using HmiApp.Infrastructure.Wells;
using HmiApp.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Tests.Wells;

/// <summary>The simulated wells are seeded as wells, polled by acquisition over Modbus TCP and fed from their bound points; a device that stops answering yields no readings at all.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SimulatedFeedTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new HmiAppFactory()
        .With("Simulator:Enabled", "true")
        .With("Simulator:TestDevicePort", "0")
        .With("Simulator:Wells:0:Id", "W-5")
        .With("Simulator:Wells:0:Name", "Well 5")
        .With("Simulator:Wells:0:Port", FreePort.Next().ToString(CultureInfo.InvariantCulture))
        .With("Simulator:ScanPeriod", "00:00:00.100")
        .With("Wells:FeedInterval", "00:00:00.050");

    [Fact]
    public async Task Simulated_well_is_seeded_read_over_modbus_and_a_silent_device_gives_no_readings()
    {
        var client = await app.CreateApiClientAsync();
        var wells = await client.GetFromJsonAsync<JsonElement>("/api/v1/wells");
        Assert.Equal(["W-5"], wells.EnumerateArray().Select(w => w.GetProperty("well").GetProperty("id").GetString()));

        var buffer = app.Services.GetRequiredService<WellTelemetryBuffer>();
        var first = await UntilAsync(() => buffer.Latest("W-5"));
        // The well starts its motor at once; its VSD ramps towards the 55 Hz setpoint.
        Assert.True(first.IsRunning);
        Assert.InRange(first.VsdFrequencyHz, 0.01, SimulatedWell.MaxFrequencyHz);
        Assert.True(first.FlowRateBblPerDay > 0);

        (await client.PutAsync("/api/v1/simulator/devices/W-5/faults/StopAnswering", null)).EnsureSuccessStatusCode();
        // Polled every 100 ms, a well that fabricated values while silent would never be quiet this long.
        var lastBeforeSilence = await UntilAsync(() => Quiet(buffer, TimeSpan.FromSeconds(1.5)));

        (await client.DeleteAsync("/api/v1/simulator/devices/W-5/faults/StopAnswering")).EnsureSuccessStatusCode();
        await UntilAsync(() => buffer.Latest("W-5") is { } r && r.Timestamp > lastBeforeSilence.Timestamp ? r : null);
    }

    /// <summary>The newest reading if none newer arrived for <paramref name="span"/>, otherwise null.</summary>
    private static WellTelemetryReading? Quiet(WellTelemetryBuffer buffer, TimeSpan span) =>
        buffer.Latest("W-5") is { } r && DateTimeOffset.UtcNow - r.Timestamp >= span ? r : null;

    private static async Task<T> UntilAsync<T>(Func<T?> probe)
        where T : class
    {
        var until = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < until)
        {
            if (probe() is { } value)
            {
                return value;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("condition not met within 20 s");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
