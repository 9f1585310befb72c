using System.Globalization;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Jobs;

namespace HmiApp.Tests.Jobs;

/// <summary>Intervals as Hangfire crons: each one a cron repeats exactly, and a refusal that names the nearest that work.</summary>
public sealed class RecurringIntervalTests
{
    public static TheoryData<string, string> Exact => new()
    {
        { "00:00:01", "* * * * * *" },
        { "00:00:15", "*/15 * * * * *" },
        { "00:00:30", "*/30 * * * * *" },
        { "00:01:00", "* * * * *" },
        { "00:10:00", "*/10 * * * *" },
        { "00:30:00", "*/30 * * * *" },
        { "01:00:00", "0 * * * *" },
        { "06:00:00", "0 */6 * * *" },
        { "12:00:00", "0 */12 * * *" },
        { "1.00:00:00", "0 0 * * *" },
    };

    [Theory]
    [MemberData(nameof(Exact))]
    public void An_interval_that_divides_the_next_unit_is_its_cron(string interval, string cron)
    {
        Assert.Equal(cron, RecurringInterval.Cron(TimeSpan.Parse(interval, CultureInfo.InvariantCulture)));
        Assert.Null(RecurringInterval.Problem(TimeSpan.Parse(interval, CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("00:00:05", "*/5 * * * * *")]
    [InlineData("00:00:30", "*/30 * * * * *")]
    [InlineData("00:01:00", "* * * * *")]
    public void The_poll_windows_keep_their_crons(string window, string cron) =>
        Assert.Equal(cron, PollScheduler.WindowCron(TimeSpan.Parse(window, CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("00:07:00", "'00:06:00' and '00:10:00'")]
    [InlineData("00:00:07", "'00:00:06' and '00:00:10'")]
    [InlineData("01:30:00", "'01:00:00' and '02:00:00'")]
    [InlineData("05:00:00", "'04:00:00' and '06:00:00'")]
    [InlineData("00:00:00.500", "the shortest is '00:00:01'")]
    [InlineData("00:00:00", "the shortest is '00:00:01'")]
    [InlineData("-00:10:00", "the shortest is '00:00:01'")]
    [InlineData("00:10:30", "'00:10:00' and '00:12:00'")]
    [InlineData("2.00:00:00", "the longest is '1.00:00:00'")]
    public void An_interval_no_cron_repeats_exactly_is_refused_with_the_nearest_that_work(string text, string nearest)
    {
        var interval = TimeSpan.Parse(text, CultureInfo.InvariantCulture);

        Assert.False(RecurringInterval.TryCron(interval, out var cron));
        Assert.Null(cron);
        var problem = RecurringInterval.Problem(interval);
        Assert.NotNull(problem);
        Assert.Contains(nearest, problem, StringComparison.Ordinal);
        Assert.Contains("Set whole seconds that divide a minute", problem, StringComparison.Ordinal);
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => RecurringInterval.Cron(interval));
        Assert.Contains(nearest, thrown.Message, StringComparison.Ordinal);
    }
}
