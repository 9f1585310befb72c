using HmiApp.Infrastructure.DataProtection;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="HmiDbContext"/> on the provider chosen by <c>Database:Provider</c>, the
    /// migrator, and data-protection keys kept in the database.
    /// </summary>
    public static IServiceCollection AddHmiPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<DatabaseOptions>, DatabaseOptionsValidator>();

        services.AddDbContext<SqliteHmiDbContext>((sp, builder) =>
            builder.UseSqlite(SqliteConnectionString(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value, contentRoot)));
        services.AddDbContext<PostgresHmiDbContext>((sp, builder) =>
            builder.UseNpgsql(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString));
        services.AddScoped<HmiDbContext>(sp => sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ProviderKind switch
        {
            DatabaseProvider.PostgreSql => sp.GetRequiredService<PostgresHmiDbContext>(),
            _ => sp.GetRequiredService<SqliteHmiDbContext>(),
        });

        services.AddSingleton<DatabaseMigrator>();
        services.AddDataProtection().SetApplicationName("HmiApp");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
            new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseXmlRepository(sp.GetRequiredService<IServiceScopeFactory>())));
        return services;
    }

    // The schema is guarded by a test that compares migrated and model-built databases; EF's
    // snapshot-based check cannot run because the design-time package is not available here.
    internal static string SqliteConnectionString(DatabaseOptions options, string contentRoot)
    {
        var csb = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(options.ConnectionString) ? "Data Source=data/hmi.db" : options.ConnectionString);
        if (csb.DataSource != ":memory:" && !Path.IsPathRooted(csb.DataSource))
        {
            csb.DataSource = Path.Combine(contentRoot, csb.DataSource);
        }

        var directory = Path.GetDirectoryName(csb.DataSource);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        return csb.ToString();
    }
}
