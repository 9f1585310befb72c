using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// Periodic upkeep: creates the coming days' partitions ahead of the writer and applies retention
/// (whole partitions dropped on PostgreSQL, rows deleted on SQLite). Runs once at start, then every
/// <see cref="HistorianOptions.MaintenanceInterval"/>; a failed pass is logged and tried next time.
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

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.MaintenanceInterval, clock);
        do
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
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private static long ToMicros(TimeSpan span) => span.Ticks / 10;

    [LoggerMessage(Level = LogLevel.Information, Message = "Historian retention: dropped {Partitions} partitions ({Names}), deleted {Samples} samples and {Rollups} rollups")]
    private partial void LogRetention(int partitions, string names, long samples, long rollups);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Historian maintenance failed; it runs again at the next interval: {Reason}")]
    private partial void LogFailed(string reason);
}
