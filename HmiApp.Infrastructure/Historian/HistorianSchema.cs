namespace HmiApp.Infrastructure.Historian;

/// <summary>Names of the historian's tables, shared by the EF model, the migrations and the stores' SQL.</summary>
public static class HistorianSchema
{
    /// <summary>PostgreSQL schema of the historian's tables; SQLite has no schemas and ignores it.</summary>
    public const string Name = "historian";

    public const string Samples = "history_samples";

    public const string Rollups = "history_rollups";

    /// <summary>Rollup widths in seconds.</summary>
    public const int Minute = 60;

    public const int Hour = 3600;
}
