using System.Net;
using System.Text.Json;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Health;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    [Fact]
    public async Task Healthz_reports_the_process_as_alive_with_per_check_json()
    {
        var response = await app.CreateClient().GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", body.RootElement.GetProperty("status").GetString());
        var check = Assert.Single(body.RootElement.GetProperty("checks").EnumerateArray());
        Assert.Equal("process", check.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Healthz_counts_uptime_from_the_process_start_not_from_the_first_probe()
    {
        // This test process started before this test did, and so did the app hosted in it.
        var testStarted = DateTimeOffset.UtcNow;
        var client = app.CreateClient();

        using var first = JsonDocument.Parse(await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync());
        var data = first.RootElement.GetProperty("checks")[0].GetProperty("data");
        var startedAt = data.GetProperty("startedAt").GetDateTimeOffset();
        Assert.True(startedAt < testStarted, $"startedAt {startedAt:O} is not before the test began ({testStarted:O})");
        Assert.True(data.GetProperty("uptimeSeconds").GetDouble() >= Math.Floor((testStarted - startedAt).TotalSeconds));

        using var second = JsonDocument.Parse(await (await client.GetAsync("/healthz")).Content.ReadAsStringAsync());
        Assert.Equal(startedAt, second.RootElement.GetProperty("checks")[0].GetProperty("data").GetProperty("startedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task Readyz_is_ready_when_the_database_is_migrated()
    {
        var response = await app.CreateClient().GetAsync("/readyz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var checks = body.RootElement.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal("Healthy", checks["database"].GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_answers_503_naming_the_database_when_it_is_gone()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var directory = Path.GetDirectoryName(((Microsoft.Data.Sqlite.SqliteConnectionStringBuilder)new(
            app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<HmiApp.Infrastructure.Persistence.DatabaseOptions>>().Value.ConnectionString)).DataSource)!;

        // Losing the database file under a running node is what an unmounted volume looks like.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(directory))
        {
            File.Delete(file);
        }

        var response = await client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var database = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database");
        Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
        Assert.False(string.IsNullOrWhiteSpace(database.GetProperty("description").GetString()), "the failing check must say why");
    }

    [Fact]
    public async Task Readyz_answers_503_naming_the_database_while_another_process_holds_its_write_lock_and_200_after()
    {
        var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);

        // What a backup tool or an admin's sqlite3 session does: the file stays readable (WAL), but nothing lands.
        await using (var locker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False"))
        {
            await locker.OpenAsync();
            await using var begin = locker.CreateCommand();
            begin.CommandText = "BEGIN EXCLUSIVE;";
            await begin.ExecuteNonQueryAsync();

            var locked = await client.GetAsync("/readyz");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, locked.StatusCode);
            using var body = JsonDocument.Parse(await locked.Content.ReadAsStringAsync());
            var database = body.RootElement.GetProperty("checks").EnumerateArray().Single(c => c.GetProperty("name").GetString() == "database");
            Assert.Equal("Unhealthy", database.GetProperty("status").GetString());
            Assert.Contains("locked", database.GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);

            await using var commit = locker.CreateCommand();
            commit.CommandText = "COMMIT;";
            await commit.ExecuteNonQueryAsync();
        }

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
