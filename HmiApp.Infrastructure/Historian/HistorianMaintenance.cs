using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// The historian's upkeep pass (<see cref="RunOnceAsync"/>): creates the coming days' partitions ahead of the writer
/// and applies retention (whole partitions dropped on PostgreSQL, rows deleted on SQLite). As a hosted service it runs
/// one pass at start, because today's partitions must exist before the first writes; every pass after that is the
/// Hangfire recurring job <see cref="HistorianMaintenanceJob"/>, every <see cref="HistorianOptions.MaintenanceInterval"/>.
/// </summary>
public sealed partial class HistorianMaintenance(
    IHistoryStore store, IPointCatalog catalog, HistorianOptions options, TimeProvider clock, ILogger<HistorianMaintenance> logger) : BackgroundService
{
    public async Task<RetentionOutcome> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = HistoryTime.ToMicros(clock.GetUtcNow());
        await store.EnsureStorageAsync(now - HistoryTime.MicrosPerDay, now + (options.PartitionDaysAhead * HistoryTime.MicrosPerDay), cancellationToken);
        var policy = new RetentionPolicy(options);
        var points = await catalog.ListAsync(cancellationToken);
        var cutoffs = policy.Exceptions(points).ToDictionary(p => p.Key, p => now - ToMicros(p.Value));
        var outcome = await store.ApplyRetentionAsync(new RetentionPlan(now - ToMicros(policy.Default), cutoffs), cancellationToken);
        if (outcome.DroppedPartitions.Count > 0 || outcome.DeletedSamples > 0 || outcome.DeletedRollups > 0)
        {
            LogRetention(outcome.DroppedPartitions.Count, string.Join(", ", outcome.DroppedPartitions), outcome.DeletedSamples, outcome.DeletedRollups);
        }

        return outcome;
    }

    // In the background, not in StartAsync: a database that is slow or away at start must not hold up the app, and
    // the writer buffers (and spills) until the partitions are there.
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogFailed(ex.Message);
        }
    }

    private static long ToMicros(TimeSpan span) => span.Ticks / 10;

    [LoggerMessage(Level = LogLevel.Information, Message = "Historian retention: dropped {Partitions} partitions ({Names}), deleted {Samples} samples and {Rollups} rollups")]
    private partial void LogRetention(int partitions, string names, long samples, long rollups);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Historian maintenance at start failed; the recurring job " + HistorianMaintenanceJob.Id + " runs it again: {Reason}")]
    private partial void LogFailed(string reason);
}
