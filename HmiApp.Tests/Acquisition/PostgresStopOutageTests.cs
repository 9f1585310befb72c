using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Acquisition;

/// <summary>
/// The PostgreSQL server is stopped for 60 s and started again while the app polls: acquisition must not notice.
/// Slow by design (about 80 s).
/// </summary>
[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class PostgresStopOutageTests(PostgresServer postgres)
{
    [Fact]
    public async Task Scans_history_and_live_values_go_on_while_postgresql_is_stopped_for_a_minute_and_readyz_says_so()
    {
        await using var app = new HmiAppFactory()
            .With("Database:Provider", "PostgreSql")
            .With("Database:ConnectionString", await postgres.CreateDatabaseAsync("outage_app"));
        await using var scenario = new DatabaseOutageScenario(app);
        try
        {
            await scenario.RunAsync(TimeSpan.FromSeconds(60), postgres.StopAsync, postgres.StartAsync);
        }
        finally
        {
            // The server is shared by the collection: whatever failed here, the next test finds it running.
            await postgres.EnsureRunningAsync();
        }
    }
}
