namespace HmiApp.Infrastructure.Persistence;

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";

    /// <summary>Text, not the enum, so that a typo gets our message naming the key rather than a binder exception.</summary>
    public string Provider { get; set; } = nameof(DatabaseProvider.Sqlite);

    public DatabaseProvider ProviderKind =>
        Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new InvalidOperationException($"Database:Provider '{Provider}' is not known.");

    public bool HasKnownProvider => Enum.TryParse<DatabaseProvider>(Provider, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(Provider, out _);

    /// <summary>
    /// For SQLite, may be left empty: the file then lives at <c>data/hmi.db</c> under the content root.
    /// For PostgreSQL, required (e.g. <c>Host=db;Database=hmi;Username=hmi;Password=...</c>).
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long start-up waits for the database to become reachable before it gives up.</summary>
    public TimeSpan StartupTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
