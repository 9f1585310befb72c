using HmiApp.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>Start-up check of <see cref="JobRunOptions"/>: each message names the key, the value and the fix.</summary>
public sealed class JobRunOptionsValidator : IValidateOptions<JobRunOptions>
{
    private const string S = JobRunOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, JobRunOptions options)
    {
        var failures = new List<string>();
        if (options.QueueCapacity < 1)
        {
            failures.Add($"{S}:QueueCapacity is {options.QueueCapacity}. Set a positive number of runs, e.g. 50000.");
        }

        if (options.BatchSize < 1)
        {
            failures.Add($"{S}:BatchSize is {options.BatchSize}. Set a positive number of runs, e.g. 10000.");
        }
        else if (options.QueueCapacity >= 1 && options.BatchSize > options.QueueCapacity)
        {
            failures.Add($"{S}:BatchSize ({options.BatchSize}) is larger than {S}:QueueCapacity ({options.QueueCapacity}), so a batch could never fill. Lower BatchSize or raise QueueCapacity.");
        }

        if (options.RunsPerTransaction < 1)
        {
            failures.Add($"{S}:RunsPerTransaction is {options.RunsPerTransaction}. Set a positive number of runs, e.g. 200.");
        }

        if (options.RetryDelay <= TimeSpan.Zero || options.RetryMaxDelay < options.RetryDelay)
        {
            failures.Add($"{S}:RetryDelay is '{options.RetryDelay}' and {S}:RetryMaxDelay '{options.RetryMaxDelay}'. Set a delay above zero and a maximum at least as long, e.g. '00:00:01' and '00:00:30'.");
        }

        if (options.FlushInterval <= TimeSpan.Zero || options.FlushInterval > TimeSpan.FromMinutes(5))
        {
            failures.Add($"{S}:FlushInterval is '{options.FlushInterval}'. Set a duration above zero and at most 5 minutes, e.g. '00:00:10'.");
        }

        if (options.MaxAge < TimeSpan.FromMinutes(1))
        {
            failures.Add($"{S}:MaxAge is '{options.MaxAge}'. Keep runs at least one minute, e.g. '7.00:00:00' for a week.");
        }

        if (options.MaxRunsPerJob < 1)
        {
            failures.Add($"{S}:MaxRunsPerJob is {options.MaxRunsPerJob}. Set a positive number of runs to keep per job, e.g. 2000.");
        }

        // The recurring job job-run-prune runs on a cron made from it (Jobs/RecurringInterval).
        if (RecurringInterval.Problem(options.PruneInterval) is { } prune)
        {
            failures.Add($"{S}:PruneInterval is '{options.PruneInterval}'. {prune} Every ten minutes ('00:10:00') is usual.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
