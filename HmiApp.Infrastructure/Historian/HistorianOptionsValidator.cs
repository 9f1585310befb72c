using HmiApp.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Historian;

/// <summary>Start-up check of <see cref="HistorianOptions"/>: each message names the key, the value and the fix.</summary>
public sealed class HistorianOptionsValidator : IValidateOptions<HistorianOptions>
{
    private const string S = HistorianOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, HistorianOptions options)
    {
        var failures = new List<string>();
        if (options.QueueCapacity < 1)
        {
            failures.Add($"{S}:QueueCapacity is {options.QueueCapacity}. Set a positive number of samples, e.g. 100000.");
        }

        if (options.BatchSize < 1)
        {
            failures.Add($"{S}:BatchSize is {options.BatchSize}. Set a positive number of samples, e.g. 20000.");
        }
        else if (options.BatchSize > options.QueueCapacity && options.QueueCapacity >= 1)
        {
            failures.Add($"{S}:BatchSize ({options.BatchSize}) is larger than {S}:QueueCapacity ({options.QueueCapacity}), so a batch could never fill. Lower BatchSize or raise QueueCapacity.");
        }

        if (options.FlushInterval <= TimeSpan.Zero || options.FlushInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{S}:FlushInterval is '{options.FlushInterval}'. Set a duration above zero and at most 5 minutes, e.g. '00:00:01'.");
        }

        if (options.MemoryBufferSamples < 0)
        {
            failures.Add($"{S}:MemoryBufferSamples is {options.MemoryBufferSamples}. Set zero (spill straight to disk) or a positive number of samples, e.g. 500000.");
        }

        if (options.ReadyBufferDepth < 1)
        {
            failures.Add($"{S}:ReadyBufferDepth is {options.ReadyBufferDepth}. Set a positive number of samples, e.g. 250000.");
        }

        if (string.IsNullOrWhiteSpace(options.SpillDirectory))
        {
            failures.Add($"{S}:SpillDirectory is empty. Set a writable directory, e.g. 'data/historian-spill'.");
        }
        else if (options.SpillDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
        {
            failures.Add($"{S}:SpillDirectory '{options.SpillDirectory}' has characters a path cannot hold. Set a plain directory path.");
        }

        CheckRetention(failures, $"{S}:RetentionDefault", options.RetentionDefault);
        foreach (var (key, retention) in options.PointRetention)
        {
            if (!long.TryParse(key, out var id) || id < 0)
            {
                failures.Add($"{S}:PointRetention:{key} does not name a point id. Use the numeric point id as the key, e.g. {S}:PointRetention:42.");
            }

            CheckRetention(failures, $"{S}:PointRetention:{key}", retention);
        }

        foreach (var (tag, retention) in options.TagRetention)
        {
            CheckRetention(failures, $"{S}:TagRetention:{tag}", retention);
        }

        // The recurring job historian-maintenance runs on a cron made from it (Jobs/RecurringInterval).
        if (RecurringInterval.Problem(options.MaintenanceInterval) is { } maintenance)
        {
            failures.Add($"{S}:MaintenanceInterval is '{options.MaintenanceInterval}'. {maintenance} Hourly ('01:00:00') is usual.");
        }

        if (options.PartitionDaysAhead is < 1 or > 60)
        {
            failures.Add($"{S}:PartitionDaysAhead is {options.PartitionDaysAhead}. Set 1 to 60 days, e.g. 3.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void CheckRetention(List<string> failures, string key, TimeSpan retention)
    {
        if (retention < TimeSpan.FromHours(1))
        {
            failures.Add($"{key} is '{retention}'. Set at least one hour (history shorter than its own hourly rollup is of no use), e.g. '30.00:00:00' for 30 days.");
        }
    }
}
