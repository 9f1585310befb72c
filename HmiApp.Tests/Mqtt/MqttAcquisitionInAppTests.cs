using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using HmiApp.Domain.Access;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Acquisition.Files;
using HmiApp.Infrastructure.Wells;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Mqtt;

/// <summary>
/// The whole app subscribed to Debian's mosquitto, with values published by mosquitto_pub as a field controller
/// would: they reach the REST API, the Devices screen and the history with the payload's own time; invalid
/// payloads are counted and change nothing; a silent topic and a broker restart turn the values stale and the
/// link comes back by itself.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Mqtt)]
public sealed class MqttAcquisitionInAppTests : IAsyncLifetime
{
    private readonly MosquittoBroker _broker = new();
    private readonly HmiAppFactory _app = new HmiAppFactory()
        .With("Acquisition:BreakerBackoff", "00:00:00.200")
        .With("Acquisition:BreakerMaxBackoff", "00:00:01");

    private HttpClient _api = null!;

    public async Task InitializeAsync()
    {
        await _broker.StartAsync();
        _api = await _app.CreateApiClientAsync();
        var maps = _app.Services.GetRequiredService<PointMapService>();
        var preview = maps.Preview(PointMapFormat.Yaml, Map(_broker.Port));
        Assert.True(preview.CanApply, string.Join("\n", preview.Import.Issues));
        await maps.ApplyAsync(preview, "engineer.erik", CancellationToken.None);
        await WaitForDeviceAsync(d => d.GetProperty("connected").GetBoolean(), "the MQTT link is up");
    }

    [Fact]
    public async Task Published_values_reach_the_api_the_devices_screen_and_the_history_and_invalid_payloads_change_nothing()
    {
        var from = DateTimeOffset.UtcNow.AddMinutes(-1);
        // The payload's own time, a little in the past: well inside the 2 s stale limit (1 s period, factor 2),
        // so the value is Good when it arrives even on a loaded machine.
        var stamp = DateTimeOffset.UtcNow.AddMilliseconds(-300);
        await _broker.PublishAsync("plant/boiler/state", $$$"""{"temperature": 21.5, "ts": "{{{stamp:O}}}", "state": {"running": true}}""");
        await _broker.PublishAsync("plant/boiler/flow", """{"readings": [{"value": 123}]}""");
        await WaitForPointAsync("temperature", p => p.Quality == "Good" && p.Value == "21.5");
        await WaitForPointAsync("flow", p => p.Quality == "Good" && p.Value == "12.3");
        await WaitForPointAsync("running", p => p.Quality == "Good" && p.Value is not null);

        await _broker.PublishAsync("plant/boiler/state", "not json at all");
        await _broker.PublishAsync("plant/boiler/state", $$$"""{"temperature": "hot", "ts": "{{{stamp:O}}}", "state": {"running": true}}""");
        var device = await WaitForDeviceAsync(d => d.GetProperty("pollsFailed").GetInt64() == 3, "three refused values (two from the text, one from \"hot\")");
        Assert.Contains("temperature", device.GetProperty("lastError").GetString(), StringComparison.Ordinal);
        var temperature = await PointAsync("temperature");
        // The refused payloads leave the value as it was. Waiting for them may outlast the stale limit, so the
        // clock alone may have turned it Uncertain meanwhile; a refused payload never does.
        Assert.Equal("21.5", temperature.Value);
        Assert.True(
            temperature.Quality == "Good" || (temperature.Quality == "Uncertain" && temperature.Reason?.Contains("silent", StringComparison.Ordinal) == true),
            $"temperature after the refused payloads: {temperature}");

        var later = stamp.AddSeconds(1);
        await _broker.PublishAsync("plant/boiler/state", $$$"""{"temperature": 22.25, "ts": {{{later.ToUnixTimeMilliseconds()}}}, "state": {"running": false}}""");
        var samples = await Eventually.WaitAsync(
            () => HistoryAsync(temperature.Id, from),
            s => s.Count >= 2,
            "two temperature samples in the history",
            TimeSpan.FromSeconds(20));
        Assert.Equal([21.5, 22.25], samples.Select(s => s.Value));
        Assert.Equal(stamp.ToUnixTimeMilliseconds(), samples[0].Time.ToUnixTimeMilliseconds());
        Assert.Equal(later.ToUnixTimeMilliseconds(), samples[1].Time.ToUnixTimeMilliseconds());

        var viewer = await _app.SignedInAsync(HmiRoles.Viewer);
        var page = await viewer.GetStringAsync("/devices");
        Assert.Contains("boiler-mqtt", page, StringComparison.Ordinal);
        Assert.Contains("broker link up", page, StringComparison.Ordinal);
        Assert.Contains("22.25", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_silent_topic_and_a_broker_restart_turn_the_values_stale_and_the_link_comes_back_by_itself()
    {
        await _broker.PublishAsync("plant/boiler/state", $$$"""{"temperature": 20.0, "ts": "{{{DateTimeOffset.UtcNow:O}}}", "state": {"running": true}}""");
        await WaitForPointAsync("temperature", p => p.Quality == "Good" && p.Value == "20");
        var silent = await WaitForPointAsync("temperature", p => p.Quality == "Uncertain");
        Assert.Contains("silent", silent.Reason, StringComparison.Ordinal);

        await _broker.PublishAsync("plant/boiler/state", $$$"""{"temperature": 20.5, "ts": "{{{DateTimeOffset.UtcNow:O}}}", "state": {"running": true}}""");
        await WaitForPointAsync("temperature", p => p.Quality == "Good" && p.Value == "20.5");
        await _broker.StopAsync();
        var down = await WaitForDeviceAsync(d => !d.GetProperty("connected").GetBoolean(), "the link is down while the broker is stopped");
        Assert.Matches("lost|unreachable", down.GetProperty("lastError").GetString());
        await WaitForPointAsync("temperature", p => p.Quality == "Uncertain" && p.Value == "20.5");

        await _broker.StartAsync();
        await WaitForDeviceAsync(d => d.GetProperty("connected").GetBoolean(), "the link is up again after the broker restart");
        await _broker.PublishAsync("plant/boiler/state", $$$"""{"temperature": 23.5, "ts": "{{{DateTimeOffset.UtcNow:O}}}", "state": {"running": true}}""");
        await WaitForPointAsync("temperature", p => p.Quality == "Good" && p.Value == "23.5");
    }

    [Fact]
    public async Task A_wells_telemetry_published_over_mqtt_feeds_the_well_like_polled_points()
    {
        Assert.True(await _app.Services.GetRequiredService<WellStore>().AddAsync(
            new Well(WellId, "Well 9", "North", "ESP-400", 2500, 50, 60, 90, 150, 7.0, 5.62), CancellationToken.None));
        var reading = WellPointBindings.ReadingSignals.ToDictionary(s => s.ToString(), s => s == TelemetrySignal.FlowRate ? 2412.5 : 10.0 + (int)s);
        await _broker.PublishAsync($"field/{WellId}/telemetry", JsonSerializer.Serialize(reading));
        var buffer = _app.Services.GetRequiredService<WellTelemetryBuffer>();
        await Eventually.HoldsAsync(() => buffer.Latest(WellId) is { FlowRateBblPerDay: 2412.5 }, "a reading of the well from its MQTT points", TimeSpan.FromSeconds(20));
        Assert.Equal(reading[nameof(TelemetrySignal.MotorCurrent)], buffer.Latest(WellId)!.MotorCurrentAmps);
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _broker.DisposeAsync();
    }

    private const string WellId = "W-9";

    // One point per field of a well's reading, tagged as the well editor binds by default.
    private static string WellPoints() => string.Concat(WellPointBindings.ReadingSignals.Select(signal => $"""

              - name: {signal}
                topic: field/{WellId}/telemetry
                valuePath: {signal}
                dataType: Float64
                tags: well:{WellId};signal:{signal}
        """));

    private static string Map(int port) => $"""
        scanClasses:
          - name: fast
            periodMs: 1000
        devices:
          - name: boiler-mqtt
            protocol: Mqtt
            host: 127.0.0.1
            port: {port.ToString(CultureInfo.InvariantCulture)}
            scanClass: fast
            points:
              - name: temperature
                topic: plant/boiler/state
                valuePath: temperature
                timestampPath: ts
                dataType: Float32
                units: degC
              - name: running
                topic: plant/boiler/state
                valuePath: $.state.running
                dataType: Boolean
              - name: flow
                topic: plant/boiler/flow
                valuePath: readings[0].value
                dataType: Int32
                scale: 0.1
          - name: {WellId}-rtu
            protocol: Mqtt
            host: 127.0.0.1
            port: {port.ToString(CultureInfo.InvariantCulture)}
            scanClass: fast
            points:{WellPoints()}
        """;

    private async Task<JsonElement> WaitForDeviceAsync(Func<JsonElement, bool> condition, string what)
    {
        JsonElement Device(JsonElement all) => all.EnumerateArray().Single(d => d.GetProperty("name").GetString() == "boiler-mqtt");
        var devices = await Eventually.WaitAsync(
            () => _api.GetFromJsonAsync<JsonElement>("/api/v1/devices"),
            all => condition(Device(all)),
            what,
            TimeSpan.FromSeconds(30));
        return Device(devices);
    }

    private async Task<LivePoint> PointAsync(string name)
    {
        var page = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/points?search={name}");
        var item = page.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("name").GetString() == name);
        return new LivePoint(
            item.GetProperty("id").GetInt64(),
            item.GetProperty("value").GetString(),
            item.GetProperty("quality").GetString()!,
            item.GetProperty("reason").GetString());
    }

    private Task<LivePoint> WaitForPointAsync(string name, Func<LivePoint, bool> condition) =>
        Eventually.WaitAsync(() => PointAsync(name), condition, $"{name} as expected", TimeSpan.FromSeconds(20));

    private async Task<List<(DateTimeOffset Time, double? Value)>> HistoryAsync(long id, DateTimeOffset from)
    {
        var to = DateTimeOffset.UtcNow.AddMinutes(1);
        var page = await _api.GetFromJsonAsync<JsonElement>($"/api/v1/points/{id}/history?from={Uri.EscapeDataString(from.ToString("O"))}&to={Uri.EscapeDataString(to.ToString("O"))}&limit=100");
        return page.GetProperty("samples").EnumerateArray()
            .Select(s => (s.GetProperty("time").GetDateTimeOffset(), s.GetProperty("value").ValueKind == JsonValueKind.Null ? (double?)null : s.GetProperty("value").GetDouble()))
            .ToList();
    }

    private sealed record LivePoint(long Id, string? Value, string Quality, string? Reason);
}
