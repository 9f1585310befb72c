using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace HmiApp.Infrastructure.Jobs;

/// <summary>
/// A configured interval as the Hangfire cron expression that repeats exactly that often (in UTC): whole seconds
/// that divide a minute (six-part cron, which Hangfire reads with seconds), whole minutes that divide an hour, whole
/// hours that divide a day, or one day. Cron counts from the top of the minute, hour or day, so any other interval
/// (7 minutes, 90 minutes) would come out uneven at the wrap and is refused rather than rounded.
/// </summary>
public static class RecurringInterval
{
    /// <summary>The cron expression for <paramref name="interval"/>; throws when none repeats exactly that often (options validation catches that first).</summary>
    public static string Cron(TimeSpan interval) =>
        TryCron(interval, out var cron) ? cron : throw new ArgumentOutOfRangeException(nameof(interval), interval, Problem(interval));

    public static bool TryCron(TimeSpan interval, [NotNullWhen(true)] out string? cron)
    {
        cron = null;
        if (interval <= TimeSpan.Zero || interval.Ticks % TimeSpan.TicksPerSecond != 0)
        {
            return false;
        }

        if (interval < TimeSpan.FromMinutes(1))
        {
            cron = Every((int)interval.TotalSeconds, 60, n => $"{n} * * * * *");
        }
        else if (interval < TimeSpan.FromHours(1))
        {
            cron = interval.Ticks % TimeSpan.TicksPerMinute == 0 ? Every((int)interval.TotalMinutes, 60, n => $"{n} * * * *") : null;
        }
        else if (interval < TimeSpan.FromDays(1))
        {
            cron = interval.Ticks % TimeSpan.TicksPerHour == 0 ? Every((int)interval.TotalHours, 24, n => $"0 {n} * * *") : null;
        }
        else if (interval == TimeSpan.FromDays(1))
        {
            cron = "0 0 * * *";
        }

        return cron is not null;
    }

    /// <summary>
    /// Null when a cron expresses <paramref name="interval"/>; otherwise why not and the nearest intervals that work,
    /// for a start-up message that says how to fix the setting.
    /// </summary>
    public static string? Problem(TimeSpan interval)
    {
        if (TryCron(interval, out _))
        {
            return null;
        }

        var valid = Valid().ToList();
        var below = valid.LastOrDefault(v => v < interval);
        var above = valid.FirstOrDefault(v => v > interval);
        var nearest = (below, above) switch
        {
            ({ Ticks: > 0 }, { Ticks: > 0 }) => $"the nearest are '{Format(below)}' and '{Format(above)}'",
            ({ Ticks: > 0 }, _) => $"the longest is '{Format(below)}'",
            _ => $"the shortest is '{Format(above)}'",
        };
        return "No recurring schedule repeats exactly that often. Set whole seconds that divide a minute, whole minutes that divide "
            + $"an hour, whole hours that divide a day, or one day; {nearest}.";
    }

    // Every interval a cron repeats exactly, shortest first: 1..30 s, 1..30 min, 1..12 h, 1 day.
    private static IEnumerable<TimeSpan> Valid()
    {
        var minutes = Enumerable.Range(1, 30).Where(n => 60 % n == 0).ToList();
        return minutes.Select(n => TimeSpan.FromSeconds(n))
            .Concat(minutes.Select(n => TimeSpan.FromMinutes(n)))
            .Concat(Enumerable.Range(1, 12).Where(n => 24 % n == 0).Select(n => TimeSpan.FromHours(n)))
            .Append(TimeSpan.FromDays(1));
    }

    // "*" for every unit, "*/n" for every n-th; null when n does not divide the next unit (the last step would be short).
    private static string? Every(int n, int of, Func<string, string> cron) => of % n != 0 ? null : cron(n == 1 ? "*" : $"*/{n}");

    private static string Format(TimeSpan interval) => interval.ToString("c", CultureInfo.InvariantCulture);
}
