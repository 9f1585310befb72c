using HmiApp.Infrastructure.Historian;

namespace HmiApp.Tests.Historian;

public sealed class RetentionPolicyTests
{
    private readonly RetentionPolicy policy = new(new HistorianOptions
    {
        RetentionDefault = TimeSpan.FromDays(30),
        PointRetention = new() { ["7"] = TimeSpan.FromDays(2) },
        TagRetention = new(StringComparer.OrdinalIgnoreCase) { ["energy"] = TimeSpan.FromDays(400), ["vibration"] = TimeSpan.FromDays(7) },
    });

    [Fact]
    public void A_point_setting_wins_over_its_tags() => Assert.Equal(TimeSpan.FromDays(2), policy.For(7, ["energy"]));

    [Fact]
    public void Among_tags_the_longest_retention_wins() => Assert.Equal(TimeSpan.FromDays(400), policy.For(8, ["vibration", "ENERGY"]));

    [Fact]
    public void Without_settings_the_default_applies() => Assert.Equal(TimeSpan.FromDays(30), policy.For(9, ["unlisted"]));

    [Fact]
    public void Exceptions_list_points_by_tag_and_by_id_even_when_the_catalog_no_longer_knows_them()
    {
        var exceptions = policy.Exceptions([new PointInfo(8, "well 1 vibration", "mm/s", ["vibration"]), new PointInfo(9, "flow", "m3/h", [])]);

        Assert.Equal(new Dictionary<long, TimeSpan> { [8] = TimeSpan.FromDays(7), [7] = TimeSpan.FromDays(2) }, exceptions);
    }

    [Fact]
    public void The_earliest_cutoff_is_that_of_the_longest_retention()
    {
        var plan = new RetentionPlan(1000, new Dictionary<long, long> { [1] = 400, [2] = 2000 });
        Assert.Equal(400, plan.EarliestCutoff);
        Assert.Equal(1000, plan.CutoffFor(3));
    }
}
