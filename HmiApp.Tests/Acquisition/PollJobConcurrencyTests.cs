using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HmiApp.Tests.Acquisition;

/// <summary>
/// Poll jobs are non-concurrent in the store only where two nodes share it (PostgreSQL, clustered); on the
/// single-node SQLite store the engine's own guard does that job without five more statements per fire.
/// </summary>
[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class PollJobConcurrencyTests(PostgresServer postgres)
{
    [Fact]
    public async Task Poll_jobs_are_non_concurrent_in_the_store_only_on_the_clustered_store()
    {
        var connection = await postgres.CreateDatabaseAsync("polljobs");
        await using (var db = new PostgresHmiDbContext(new DbContextOptionsBuilder<PostgresHmiDbContext>()
            .UseNpgsql(connection).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options))
        {
            await db.Database.MigrateAsync();
        }

        Assert.True(await PollJobIsNonConcurrentAsync("PostgreSql", connection, Path.GetTempPath()));

        var directory = Directory.CreateTempSubdirectory("hmi-polljobs-");
        try
        {
            var sqlite = $"Data Source={Path.Combine(directory.FullName, "hmi.db")}";
            await using (var db = new SqliteHmiDbContext(new DbContextOptionsBuilder<SqliteHmiDbContext>()
                .UseSqlite(sqlite).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options))
            {
                await db.Database.MigrateAsync();
            }

            Assert.False(await PollJobIsNonConcurrentAsync("Sqlite", sqlite, directory.FullName));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    // Scheduling alone, with the scheduler not started: the store keeps what PollScheduler wrote.
    private static async Task<bool> PollJobIsNonConcurrentAsync(string provider, string connection, string contentRoot)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Configuration["Database:Provider"] = provider;
        builder.Configuration["Database:ConnectionString"] = connection;
        builder.Configuration["Acquisition:Enabled"] = "false";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddHmiPersistence(builder.Configuration, contentRoot);
        builder.Services.AddHmiAcquisition(builder.Configuration, contentRoot);
        using var host = builder.Build();
        await host.Services.GetRequiredService<AcquisitionEngine>().ApplyAsync(AcquisitionFixtures.Map(FreePort.Next()), CancellationToken.None);
        await host.Services.GetRequiredService<PollScheduler>().SyncAsync(CancellationToken.None);
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = await scheduler.GetJobDetail(PollJobKeys.Job("plc1", "fast"));
        await scheduler.Shutdown();
        return job!.ConcurrentExecutionDisallowed;
    }
}
