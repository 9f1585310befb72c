using Microsoft.Data.Sqlite;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>
/// A connection of the Quartz job store on SQLite. Quartz commits three transactions per poll (acquire, fire,
/// complete); with SQLite's default <c>synchronous=FULL</c> each is an fsync of the WAL, which cost about a quarter
/// of the polling CPU and stalls the scheduler thread on a busy disk (docs/benchmarks.md, "Polling").
/// <c>synchronous=NORMAL</c> in WAL mode keeps the file consistent after a power loss and only risks the last
/// commits before it: a trigger then fires from its previous state under the misfire policy, and a start
/// schedules again whatever poll job the point map has and the store lost.
/// The app's own connections share the pool (same connection string), so a connection goes back to it with
/// SQLite's default again: the relaxed setting never reaches the point maps, users or history.
/// A fire that meets another writer (historian, job-run history) waits in SQLite's own busy handler, which
/// retries within milliseconds, instead of in Microsoft.Data.Sqlite's managed retry, which sleeps 150 ms per try
/// and showed as 150 ms late poll starts. Leaving the timeout on a pooled connection only makes the app's waits finer.
/// </summary>
public sealed class SchedulerSqliteConnection(string connectionString) : SqliteConnection(connectionString)
{
    public override void Open()
    {
        base.Open();
        Execute("PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;");
    }

    public override void Close()
    {
        if (State == System.Data.ConnectionState.Open)
        {
            Execute("PRAGMA synchronous=FULL;");
        }

        base.Close();
    }

    private void Execute(string pragma)
    {
        using var command = CreateCommand();
        command.CommandText = pragma;
        command.ExecuteNonQuery();
    }
}
