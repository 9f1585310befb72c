using HmiApp.Infrastructure.Jobs;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition;

/// <summary>Checks the <c>Acquisition</c> section at start-up; each failure names the key and the fix.</summary>
public sealed class AcquisitionOptionsValidator : IValidateOptions<AcquisitionOptions>
{
    public ValidateOptionsResult Validate(string? name, AcquisitionOptions options)
    {
        var failures = new List<string>();
        const string s = AcquisitionOptions.SectionName;
        if (!(options.StaleFactor >= 1.0 && options.StaleFactor <= 100))
        {
            failures.Add($"{s}:StaleFactor is {options.StaleFactor}: use a number of scan periods from 1 to 100 (2 is usual).");
        }

        if (options.BreakerFailureThreshold is < 1 or > 100)
        {
            failures.Add($"{s}:BreakerFailureThreshold is {options.BreakerFailureThreshold}: use 1..100 failed polls in a row.");
        }

        if (options.BreakerBackoff <= TimeSpan.Zero || options.BreakerMaxBackoff < options.BreakerBackoff)
        {
            failures.Add($"{s}:BreakerBackoff ({options.BreakerBackoff}) must be positive and not longer than {s}:BreakerMaxBackoff ({options.BreakerMaxBackoff}).");
        }

        if (options.SweepInterval < TimeSpan.FromMilliseconds(10) || options.SweepInterval > TimeSpan.FromMinutes(1))
        {
            failures.Add($"{s}:SweepInterval is {options.SweepInterval}: use 00:00:00.010 to 00:01:00.");
        }

        if (!(options.BroadcastRateHz > 0 && options.BroadcastRateHz <= 50))
        {
            failures.Add($"{s}:BroadcastRateHz is {options.BroadcastRateHz}: use more than 0 and at most 50 updates per second.");
        }

        var window = options.PollWindow;
        if (window > TimeSpan.FromMinutes(1) || !RecurringInterval.TryCron(window, out _))
        {
            failures.Add($"{s}:PollWindow is {window}: use whole seconds that divide a minute (00:00:05, 00:00:15, 00:00:30) or 00:01:00.");
        }

        if (options.OwnershipInterval < TimeSpan.FromMilliseconds(100) || options.OwnershipInterval > TimeSpan.FromSeconds(15))
        {
            failures.Add($"{s}:OwnershipInterval is {options.OwnershipInterval}: use 00:00:00.100 to 00:00:15 (a dead node's devices wait about this long).");
        }

        if (options.MaxReadGap is < 0 or > 124)
        {
            failures.Add($"{s}:MaxReadGap is {options.MaxReadGap}: use 0..124 registers.");
        }

        if (options.RunHistoryLimit is < 10 or > 1_000_000)
        {
            failures.Add($"{s}:RunHistoryLimit is {options.RunHistoryLimit}: use 10..1000000 rows.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
