using System.Net;
using System.Text.Json;
using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Historian;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Historian;

/// <summary>The history API on the whole app (SQLite), fed through the same sink acquisition uses.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class HistoryEndpointTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Start = new(2026, 11, 21, 6, 0, 0, TimeSpan.Zero);
    private readonly HmiAppFactory app = new();
    private HttpClient client = null!;

    public async Task InitializeAsync()
    {
        client = await app.CreateApiClientAsync();
        app.Services.GetRequiredService<InMemoryPointCatalog>().Set(new PointInfo(4, "Well 1 intake pressure", "bar", ["wells"]));
        var sink = app.Services.GetRequiredService<IPointSampleSink>();
        await sink.WriteAsync(Samples.Series(4, Start, 2500, TimeSpan.FromSeconds(1), i => i == 777 ? 250 : i % 100), default);
        var reader = app.Services.GetRequiredService<HistoryReader>();
        await Eventually.HoldsAsync(async () => (await reader.ReadPageAsync(4, long.MinValue, long.MaxValue, null, 3000, default)).Samples.Count == 2500,
            TimeSpan.FromSeconds(20), "samples written by the historian");
    }

    public async Task DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task Raw_pages_follow_the_cursor_to_the_end_and_name_the_point()
    {
        var values = new List<double>();
        string? cursor = null;
        var pages = 0;
        do
        {
            using var page = await GetJsonAsync($"/api/v1/points/4/history?from=2026-11-21T06:00:00Z&to=2026-11-21T07:00:00Z&limit=1000" + (cursor is null ? "" : $"&cursor={cursor}"));
            Assert.Equal("Well 1 intake pressure", page.RootElement.GetProperty("name").GetString());
            Assert.Equal("bar", page.RootElement.GetProperty("units").GetString());
            values.AddRange(page.RootElement.GetProperty("samples").EnumerateArray().Select(s => s.GetProperty("value").GetDouble()));
            cursor = page.RootElement.GetProperty("nextCursor").GetString();
            pages++;
        }
        while (cursor is not null);

        Assert.Equal(3, pages);
        Assert.Equal(Enumerable.Range(0, 2500).Select(i => i == 777 ? 250.0 : i % 100), values);
    }

    [Fact]
    public async Task MaxPoints_gives_a_min_max_series_that_keeps_the_spike()
    {
        using var body = await GetJsonAsync("/api/v1/points/4/history?from=2026-11-21T06:00:00Z&to=2026-11-21T07:00:00Z&maxPoints=50");

        var points = body.RootElement.GetProperty("points").EnumerateArray().ToList();
        Assert.Equal("raw", body.RootElement.GetProperty("source").GetString());
        Assert.InRange(points.Count, 2, 50);
        Assert.Contains(points, p => p.GetProperty("value").GetDouble() == 250 && p.GetProperty("time").GetDateTimeOffset() == Start.AddSeconds(777));
    }

    [Fact]
    public async Task Csv_export_streams_every_sample_with_a_header()
    {
        var response = await client.GetAsync("/api/v1/points/4/history.csv?from=2026-11-21T06:00:00Z&to=2026-11-21T07:00:00Z");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("time,value,quality", lines[0]);
        Assert.Equal(2501, lines.Length);
        Assert.Equal("2026-11-21T06:12:57.000000Z,250,Good", lines[778]);
    }

    [Theory]
    [InlineData("/api/v1/points/4/history?from=not-a-time", "from")]
    [InlineData("/api/v1/points/4/history?limit=0", "limit")]
    [InlineData("/api/v1/points/4/history?maxPoints=1", "maxPoints")]
    [InlineData("/api/v1/points/x/history", "id")]
    [InlineData("/api/v1/points/4/history.csv?to=2020-01-01T00:00:00Z&from=2021-01-01T00:00:00Z", "from")]
    public async Task Bad_input_is_a_400_problem_naming_the_parameter(string url, string parameter)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty(parameter, out _), $"errors should name '{parameter}'");
        Assert.Contains(parameter, problem.RootElement.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task The_openapi_document_describes_both_history_routes()
    {
        using var document = await GetJsonAsync("/openapi/v1.json");

        var paths = document.RootElement.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/points/{id}/history", out var history));
        Assert.True(paths.TryGetProperty("/api/v1/points/{id}/history.csv", out _));
        var parameters = history.GetProperty("get").GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("maxPoints", parameters);
        Assert.Contains("cursor", parameters);
    }

    [Fact]
    public async Task Readiness_includes_a_healthy_historian_check()
    {
        using var body = await GetJsonAsync("/readyz");

        var historian = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "historian");
        Assert.Equal("Healthy", historian.GetProperty("status").GetString());
    }

    private async Task<JsonDocument> GetJsonAsync(string url)
    {
        var response = await client.GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url} answered {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text);
    }
}
