namespace HmiApp.Infrastructure.Persistence;

/// <summary>The stores the app runs on: SQLite embedded for one machine, PostgreSQL for production and more than one.</summary>
public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}
