using System.Collections.Concurrent;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Quartz;

namespace HmiApp.Tests.Acquisition;

/// <summary>
/// Two Quartz nodes on one real PostgreSQL, clustered over the job store our migrations create: a recurring job
/// runs on one node at a time, and when that node dies the other takes its jobs over.
/// </summary>
[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class SchedulerClusterTests(PostgresServer postgres)
{
    [Fact]
    public async Task A_second_node_takes_over_the_jobs_of_a_dead_node()
    {
        var connection = await postgres.CreateDatabaseAsync("cluster");
        await using (var db = new PostgresHmiDbContext(new DbContextOptionsBuilder<PostgresHmiDbContext>()
            .UseNpgsql(connection).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options))
        {
            await db.Database.MigrateAsync();
        }

        var runs = new ConcurrentQueue<string>();
        using var nodeA = await StartNodeAsync(connection, "node-a", runs);
        using var nodeB = await StartNodeAsync(connection, "node-b", runs);
        var schedulerA = await nodeA.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await schedulerA.ScheduleJob(
            JobBuilder.Create<RecordingJob>().WithIdentity("poll:probe", "acquisition").Build(),
            TriggerBuilder.Create().WithIdentity("poll:probe", "acquisition").StartNow()
                .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMilliseconds(200)).RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount))
                .Build(),
            ScheduleJobOptions.Replacing);

        await WaitAsync(() => runs.Count >= 5, runs);
        var first = runs.Last();
        using var survivor = first == "node-a" ? nodeB : nodeA;
        var dead = first == "node-a" ? nodeA : nodeB;
        var survivorName = first == "node-a" ? "node-b" : "node-a";

        // A node that dies does not shut its scheduler down cleanly; stopping without waiting is the nearest here.
        await (await dead.Services.GetRequiredService<ISchedulerFactory>().GetScheduler()).Shutdown(waitForJobsToComplete: false);
        runs.Clear();
        await WaitAsync(() => runs.Count(r => r == survivorName) >= 3, runs);
        Assert.DoesNotContain(first, runs.Skip(1));
    }

    private static async Task<IHost> StartNodeAsync(string connection, string instance, ConcurrentQueue<string> runs)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(runs);
        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "hmi-acquisition";
                o.InstanceId = instance;
                o.IdleWaitTime = TimeSpan.FromSeconds(1);
            });
            q.UsePersistentStore(s =>
            {
                s.ConfigureStore(o => o.TablePrefix = "qrtz_");
                s.UseSystemTextJsonSerializer();
                s.UsePostgres(connection);
                s.UseClustering(c =>
                {
                    c.CheckinInterval = TimeSpan.FromMilliseconds(500);
                    c.CheckinMisfireThreshold = TimeSpan.FromMilliseconds(1000);
                });
            });
        });
        builder.Services.AddQuartzHostedService(o => o.AwaitApplicationStarted = false);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static async Task WaitAsync(Func<bool> condition, ConcurrentQueue<string> runs)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Runs so far: {string.Join(", ", runs)}");
            await Task.Delay(50);
        }
    }

    [DisallowConcurrentExecution]
    public sealed class RecordingJob(ConcurrentQueue<string> runs) : IJob
    {
        public ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
        {
            runs.Enqueue(context.Scheduler.SchedulerInstanceId);
            return ValueTask.CompletedTask;
        }
    }
}
