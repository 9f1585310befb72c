using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace HmiApp.E2E.Support;

/// <summary>
/// The REST calls an engineer's script makes against the running app with an Engineer API key: point
/// ids and live values, the scan period, alarm definitions and alarms, simulator faults.
/// </summary>
public sealed class PlantApi : IDisposable
{
    private readonly HttpClient http;

    public PlantApi(AppProcess app, string apiKey)
    {
        http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-API-Key", apiKey);
    }

    public async Task<long> PointIdAsync(string well, string signal) => (await PointAsync(well, signal)).GetProperty("id").GetInt64();

    /// <summary>The point's current value, or null while it has none.</summary>
    public async Task<double?> ValueAsync(string well, string signal) =>
        (await PointAsync(well, signal)).GetProperty("value") is { ValueKind: JsonValueKind.String } value
            ? double.Parse(value.GetString()!, CultureInfo.InvariantCulture)
            : null;

    /// <summary>The period of the scan class that polls <paramref name="device"/>, from the exported point map.</summary>
    public async Task<TimeSpan> ScanPeriodAsync(string device)
    {
        var map = await http.GetFromJsonAsync<JsonElement>("api/v1/point-map/export?format=json");
        var scanClass = map.GetProperty("devices").EnumerateArray().Single(d => Text(d.GetProperty("name")) == device).GetProperty("scanClass");
        var period = map.GetProperty("scanClasses").EnumerateArray().Single(s => Text(s.GetProperty("name")) == Text(scanClass)).GetProperty("periodMs");
        return TimeSpan.FromMilliseconds(double.Parse(Text(period), CultureInfo.InvariantCulture));
    }

    /// <summary>Saves the complete set of alarm definitions (JSON objects as <c>PUT /api/v1/alarms/definitions</c> takes them).</summary>
    public async Task DefineAlarmsAsync(params object[] definitions)
    {
        var response = await http.PutAsJsonAsync("api/v1/alarms/definitions?note=e2e", definitions);
        Assert.True(response.IsSuccessStatusCode, $"Defining alarms: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    /// <summary>The alarm as <c>GET /api/v1/alarms</c> lists it, or null when it is normal.</summary>
    public async Task<JsonElement?> AlarmAsync(string key)
    {
        var alarms = await http.GetFromJsonAsync<JsonElement>("api/v1/alarms");
        return alarms.EnumerateArray().Where(a => a.GetProperty("key").GetString() == key).Select(a => (JsonElement?)a).SingleOrDefault();
    }

    public Task StartFaultAsync(string well, string fault) => ChangeFaultAsync(HttpMethod.Put, well, fault);

    public Task ClearFaultAsync(string well, string fault) => ChangeFaultAsync(HttpMethod.Delete, well, fault);

    public void Dispose() => http.Dispose();

    private async Task ChangeFaultAsync(HttpMethod method, string well, string fault)
    {
        var response = await http.SendAsync(new HttpRequestMessage(method, $"api/v1/simulator/wells/{well}/faults/{fault}"));
        Assert.True(response.IsSuccessStatusCode, $"{method} fault {fault} on {well}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<JsonElement> PointAsync(string well, string signal)
    {
        var page = await http.GetFromJsonAsync<JsonElement>($"api/v1/points?tag=well:{well}&search={signal}");
        return page.GetProperty("items").EnumerateArray().Single(p => p.GetProperty("name").GetString() == signal);
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
