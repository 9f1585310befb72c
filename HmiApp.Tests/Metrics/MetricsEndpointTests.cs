using System.Net;
using HmiApp.Domain.Acquisition;
using HmiApp.Tests.Historian;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Metrics;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class MetricsEndpointTests : IAsyncLifetime
{
    private const string Token = "scrape-token-0123456789abcdef";

    private readonly HmiAppFactory app = new HmiAppFactory().With("Metrics:ScrapeToken", Token);

    [Fact]
    public async Task Metrics_serve_the_text_format_with_the_historian_instruments()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        await app.Services.GetRequiredService<IPointSampleSink>().WriteAsync(Samples.Series(1, Samples.Start, 25, TimeSpan.FromSeconds(1)), default);

        IReadOnlyDictionary<string, PrometheusText.Family> families = new Dictionary<string, PrometheusText.Family>();
        await Eventually.HoldsAsync(async () =>
        {
            var response = await client.GetAsync("/metrics");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType?.ToString());
            families = PrometheusText.Parse(await response.Content.ReadAsStringAsync());
            return families.TryGetValue("hmi_historian_samples_written_total", out var written) && written.Samples.Sum(s => s.Value) == 25;
        }, TimeSpan.FromSeconds(20), "25 samples counted as written");

        Assert.Equal("histogram", families["hmi_historian_batch_size"].Type);
        Assert.Equal("histogram", families["hmi_historian_batch_duration_seconds"].Type);
        Assert.Equal("counter", families["hmi_historian_samples_failed_total"].Type);
        Assert.Equal(["memory", "queue", "spill"], families["hmi_historian_buffer_depth"].Samples.Select(s => s.Labels["store"]).Order());
        Assert.Equal("gauge", families["hmi_circuits_connected"].Type);
    }

    [Fact]
    public async Task A_scraper_that_asks_for_openmetrics_gets_it()
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/openmetrics-text;version=1.0.0,text/plain;version=0.0.4;q=0.5");

        var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/openmetrics-text", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("# TYPE hmi_historian_samples_written counter\n", text, StringComparison.Ordinal);
        Assert.EndsWith("# EOF\n", text, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task A_scrape_without_the_token_from_an_address_not_allowed_is_refused()
    {
        // The in-process test client has no address, so only the token can admit it.
        var anonymous = await app.CreateClient().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Contains("Metrics:ScrapeToken", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var wrong = app.CreateClient();
        wrong.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", Token + "x");
        Assert.Equal(HttpStatusCode.Unauthorized, (await wrong.GetAsync("/metrics")).StatusCode);
        Assert.DoesNotContain("hmi_", await (await wrong.GetAsync("/metrics")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
