using System.Diagnostics.Metrics;
using HmiApp.Metrics;

namespace HmiApp.Tests.Metrics;

/// <summary>One test per instrument kind: the exposition is parsed back strictly and the values checked.</summary>
public sealed class PrometheusExporterTests : IDisposable
{
    private readonly ServiceProvider services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IMeterFactory factory;
    private readonly PrometheusExporter exporter;
    private readonly Meter meter;

    public PrometheusExporterTests()
    {
        factory = services.GetRequiredService<IMeterFactory>();
        exporter = new PrometheusExporter(factory);
        meter = factory.Create("HmiApp.Test");
    }

    [Fact]
    public async Task A_counter_is_a_total_per_tag_set()
    {
        var counter = meter.CreateCounter<long>("hmi.test.polls", description: "Polls done.");
        counter.Add(2, new KeyValuePair<string, object?>("device", "rehau"));
        counter.Add(3, new KeyValuePair<string, object?>("device", "rehau"));
        counter.Add(1, new KeyValuePair<string, object?>("device", "esp-1"));

        var family = (await ScrapeAsync())["hmi_test_polls_total"];

        Assert.Equal(("counter", "Polls done."), (family.Type, family.Help));
        Assert.Equal(5, Value(family, "hmi_test_polls_total", ("device", "rehau")));
        Assert.Equal(1, Value(family, "hmi_test_polls_total", ("device", "esp-1")));
    }

    [Fact]
    public async Task An_up_down_counter_is_a_gauge_of_its_running_sum()
    {
        var open = meter.CreateUpDownCounter<int>("hmi.test.sessions");
        open.Add(3);
        open.Add(-1);

        var family = (await ScrapeAsync())["hmi_test_sessions"];

        Assert.Equal("gauge", family.Type);
        Assert.Equal(2, Assert.Single(family.Samples).Value);
    }

    [Fact]
    public async Task An_observable_gauge_reports_what_its_callback_says_at_scrape_time()
    {
        var level = 1.5;
        meter.CreateObservableGauge("hmi.test.level", () => new Measurement<double>(level, new KeyValuePair<string, object?>("tank", "T1")), unit: "m");

        Assert.Equal(1.5, Value((await ScrapeAsync())["hmi_test_level_m"], "hmi_test_level_m", ("tank", "T1")));
        level = -0.25;
        Assert.Equal(-0.25, Value((await ScrapeAsync())["hmi_test_level_m"], "hmi_test_level_m", ("tank", "T1")));
    }

    [Fact]
    public async Task A_tag_set_an_observable_gauge_no_longer_reports_disappears()
    {
        var devices = new List<string> { "rehau", "esp-1" };
        meter.CreateObservableGauge("hmi.test.connected", () => devices.Select(d => new Measurement<int>(1, new KeyValuePair<string, object?>("device", d))));

        Assert.Equal(["esp-1", "rehau"], (await ScrapeAsync())["hmi_test_connected"].Samples.Select(s => s.Labels["device"]).Order());
        devices.Remove("esp-1");
        Assert.Equal(["rehau"], (await ScrapeAsync())["hmi_test_connected"].Samples.Select(s => s.Labels["device"]));
    }

    [Fact]
    public async Task An_observable_counter_reports_its_total_without_adding_scrapes_up()
    {
        meter.CreateObservableCounter("hmi.test.energy", () => 42L, unit: "By");

        await ScrapeAsync();
        var family = (await ScrapeAsync())["hmi_test_energy_bytes_total"];

        Assert.Equal("counter", family.Type);
        Assert.Equal(42, Assert.Single(family.Samples).Value);
    }

    [Fact]
    public async Task A_gauge_keeps_the_last_recorded_value()
    {
        var gauge = meter.CreateGauge<double>("hmi.test.setpoint", unit: "Cel");
        gauge.Record(20);
        gauge.Record(21.5);

        Assert.Equal(21.5, Assert.Single((await ScrapeAsync())["hmi_test_setpoint_Cel"].Samples).Value);
    }

    [Fact]
    public async Task A_histogram_has_cumulative_buckets_from_its_advice_a_sum_and_a_count()
    {
        var histogram = meter.CreateHistogram("hmi.test.latency", unit: "s", advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.1, 1, 10] });
        foreach (var value in new[] { 0.05, 0.1, 0.5, 3, 30 })
        {
            histogram.Record(value, new KeyValuePair<string, object?>("outcome", "ok"));
        }

        var family = (await ScrapeAsync())["hmi_test_latency_seconds"];

        Assert.Equal("histogram", family.Type);
        var buckets = family.Samples.Where(s => s.Name.EndsWith("_bucket")).Select(s => (s.Labels["le"], s.Value, s.Labels["outcome"])).ToList();
        Assert.Equal([("0.1", 2.0, "ok"), ("1", 3.0, "ok"), ("10", 4.0, "ok"), ("+Inf", 5.0, "ok")], buckets);
        Assert.Equal(33.65, Value(family, "hmi_test_latency_seconds_sum", ("outcome", "ok")), 9);
        Assert.Equal(5, Value(family, "hmi_test_latency_seconds_count", ("outcome", "ok")));
    }

    [Fact]
    public async Task A_histogram_without_advice_uses_the_default_buckets()
    {
        meter.CreateHistogram<int>("hmi.test.size").Record(7);

        var family = (await ScrapeAsync())["hmi_test_size"];

        Assert.Equal(InstrumentSeries.DefaultBuckets.Length + 1, family.Samples.Count(s => s.Name == "hmi_test_size_bucket"));
    }

    [Fact]
    public async Task Names_and_labels_are_sanitised_and_values_and_help_escaped()
    {
        var counter = meter.CreateCounter<int>("hmi.test.odd-name/9", description: "Line one\nback\\slash");
        counter.Add(1, new KeyValuePair<string, object?>("well.id", "W\"1\"\\a\nb"));

        var text = await exporter.ScrapeAsync(CancellationToken.None);
        var family = PrometheusText.Parse(text)["hmi_test_odd_name_9_total"];

        Assert.Equal("Line one\nback\\slash", family.Help);
        Assert.Equal("W\"1\"\\a\nb", Assert.Single(family.Samples).Labels["well_id"]);
        Assert.Contains("# HELP hmi_test_odd_name_9_total Line one\\nback\\\\slash\n", text);
    }

    [Fact]
    public async Task Meters_outside_the_app_or_of_another_host_are_not_exported()
    {
        using var foreign = new Meter("System.Something");
        foreign.CreateCounter<int>("foreign.count").Add(1);
        using var otherHost = new ServiceCollection().AddMetrics().BuildServiceProvider();
        otherHost.GetRequiredService<IMeterFactory>().Create("HmiApp.Test").CreateCounter<int>("hmi.test.other.host").Add(1);
        meter.CreateCounter<int>("hmi.test.mine").Add(1);

        var families = await ScrapeAsync();

        Assert.Equal(["hmi_test_mine_total"], families.Keys);
    }

    [Fact]
    public async Task The_circuit_handler_counts_open_circuits()
    {
        var metrics = new CircuitMetrics(factory);
        var first = new ConnectedCircuitsHandler(metrics);
        var second = new ConnectedCircuitsHandler(metrics);

        await first.OnCircuitOpenedAsync(null!, default);
        await second.OnCircuitOpenedAsync(null!, default);
        await first.OnCircuitClosedAsync(null!, default);

        var family = (await ScrapeAsync())["hmi_circuits_connected"];
        Assert.Equal("gauge", family.Type);
        Assert.Equal(1, Assert.Single(family.Samples).Value);
    }

    public void Dispose()
    {
        exporter.Dispose();
        services.Dispose();
    }

    private async Task<IReadOnlyDictionary<string, PrometheusText.Family>> ScrapeAsync() => PrometheusText.Parse(await exporter.ScrapeAsync(CancellationToken.None));

    private static double Value(PrometheusText.Family family, string name, params (string Key, string Value)[] labels) =>
        family.Samples.Single(s => s.Name == name && labels.All(l => s.Labels.GetValueOrDefault(l.Key) == l.Value)).Value;
}
