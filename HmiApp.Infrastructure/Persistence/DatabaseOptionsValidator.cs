using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Persistence;

/// <summary>Start-up check of <see cref="DatabaseOptions"/>: each message names the key and says how to fix it.</summary>
public sealed class DatabaseOptionsValidator : IValidateOptions<DatabaseOptions>
{
    public ValidateOptionsResult Validate(string? name, DatabaseOptions options)
    {
        var failures = new List<string>();
        if (!options.HasKnownProvider)
        {
            failures.Add($"{DatabaseOptions.SectionName}:Provider has the unknown value '{options.Provider}'. Set it to 'Sqlite' (embedded default) or 'PostgreSql'.");
        }

        if (options.StartupTimeout <= TimeSpan.Zero)
        {
            failures.Add($"{DatabaseOptions.SectionName}:StartupTimeout is '{options.StartupTimeout}'. Set a positive duration, e.g. '00:01:00'.");
        }

        if (!options.HasKnownProvider)
        {
            return ValidateOptionsResult.Fail(failures);
        }

        if (options.ProviderKind == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(options.ConnectionString))
            {
                failures.Add($"{DatabaseOptions.SectionName}:ConnectionString is empty but {DatabaseOptions.SectionName}:Provider is PostgreSql. Set it, e.g. Database__ConnectionString='Host=db;Database=hmi;Username=hmi;Password=...'.");
            }
            else if (!TryParse(() => new Npgsql.NpgsqlConnectionStringBuilder(options.ConnectionString), out var error))
            {
                failures.Add($"{DatabaseOptions.SectionName}:ConnectionString is not a valid PostgreSQL connection string ({error}). Use the form 'Host=...;Database=...;Username=...;Password=...'.");
            }
        }
        else if (!string.IsNullOrWhiteSpace(options.ConnectionString)
            && !TryParse(() => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(options.ConnectionString), out var error))
        {
            failures.Add($"{DatabaseOptions.SectionName}:ConnectionString is not a valid SQLite connection string ({error}). Use 'Data Source=path/to/hmi.db', or leave it empty for data/hmi.db.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool TryParse(Func<object> parse, out string error)
    {
        try
        {
            parse();
            error = string.Empty;
            return true;
        }
        catch (ArgumentException ex)
        {
            error = ex.Message;
            return false;
        }
    }
}
