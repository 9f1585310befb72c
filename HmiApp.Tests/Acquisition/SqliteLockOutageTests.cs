using HmiApp.Tests.TestSupport;
using Microsoft.Data.Sqlite;

namespace HmiApp.Tests.Acquisition;

/// <summary>
/// Another process holds the SQLite database's write lock for 60 s (what a backup or an admin's sqlite3 session
/// does) while the app polls: acquisition must not notice. Slow by design (about 80 s).
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class SqliteLockOutageTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();
    private SqliteConnection? locker;

    [Fact]
    public async Task Scans_history_and_live_values_go_on_while_the_database_is_locked_for_a_minute_and_readyz_says_so()
    {
        await using var scenario = new DatabaseOutageScenario(app);
        await scenario.RunAsync(
            TimeSpan.FromSeconds(60),
            async () =>
            {
                locker = new SqliteConnection($"Data Source={app.DatabaseFile};Pooling=False");
                await locker.OpenAsync();
                await using var begin = locker.CreateCommand();
                begin.CommandText = "BEGIN EXCLUSIVE;";
                await begin.ExecuteNonQueryAsync();
            },
            async () =>
            {
                await using (var commit = locker!.CreateCommand())
                {
                    commit.CommandText = "COMMIT;";
                    await commit.ExecuteNonQueryAsync();
                }

                await locker.DisposeAsync();
                locker = null;
            });
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (locker is not null)
        {
            await locker.DisposeAsync();
        }

        await app.DisposeAsync();
    }
}
