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
/// Poll jobs are not non-concurrent in the store (the engine guards overlapping polls without five more
/// statements per fire), and a job an earlier version stored non-concurrent is written again, on both stores.
/// </summary>
[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class PollJobConcurrencyTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_poll_job_stored_non_concurrent_is_written_again_without_it_on_both_stores()
    {
        var connection = await postgres.CreateDatabaseAsync("polljobs");
        await using (var db = new PostgresHmiDbContext(new DbContextOptionsBuilder<PostgresHmiDbContext>()
            .UseNpgsql(connection).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options))
        {
            await db.Database.MigrateAsync();
        }

        Assert.Equal((true, false), await PollJobIsNonConcurrentAsync("PostgreSql", connection, Path.GetTempPath()));

        var directory = Directory.CreateTempSubdirectory("hmi-polljobs-");
        try
        {
            var sqlite = $"Data Source={Path.Combine(directory.FullName, "hmi.db")}";
            await using (var db = new SqliteHmiDbContext(new DbContextOptionsBuilder<SqliteHmiDbContext>()
                .UseSqlite(sqlite).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options))
            {
                await db.Database.MigrateAsync();
            }

            Assert.Equal((true, false), await PollJobIsNonConcurrentAsync("Sqlite", sqlite, directory.FullName));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            directory.Delete(recursive: true);
        }
    }

    // Scheduling alone, with the scheduler not started: the store keeps what PollScheduler wrote. Returns the
    // flag as the earlier version stored it, then after a sync.
    private static async Task<(bool Before, bool After)> PollJobIsNonConcurrentAsync(string provider, string connection, string contentRoot)
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
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var key = PollJobKeys.Job("plc1", "fast");
        await scheduler.ScheduleJob(
            JobBuilder.Create<PollJob>().WithIdentity(key).DisallowConcurrentExecution()
                .UsingJobData(PollJobKeys.DeviceKey, "plc1").UsingJobData(PollJobKeys.ScanClassKey, "fast").Build(),
            TriggerBuilder.Create().WithIdentity(PollJobKeys.Trigger("plc1", "fast")).StartAt(DateTimeOffset.UtcNow.AddHours(1))
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(200)).RepeatForever()).Build(),
            ScheduleJobOptions.Replacing);
        var before = (await scheduler.GetJobDetail(key))!.ConcurrentExecutionDisallowed;

        await host.Services.GetRequiredService<AcquisitionEngine>().ApplyAsync(AcquisitionFixtures.Map(FreePort.Next(), periodMs: 200), CancellationToken.None);
        await host.Services.GetRequiredService<PollScheduler>().SyncAsync(CancellationToken.None);
        var after = (await scheduler.GetJobDetail(key))!.ConcurrentExecutionDisallowed;
        await scheduler.Shutdown();
        return (before, after);
    }
}
