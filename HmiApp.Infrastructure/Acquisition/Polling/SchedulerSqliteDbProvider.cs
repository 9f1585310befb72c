using System.Data.Common;
using Quartz.Impl.AdoJobStore.Common;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>Quartz's SQLite provider, handing out <see cref="SchedulerSqliteConnection"/>s.</summary>
public sealed class SchedulerSqliteDbProvider(string connectionString) : DbProvider("SQLite-Microsoft", connectionString)
{
    public override DbConnection CreateConnection() => new SchedulerSqliteConnection(ConnectionString);
}
