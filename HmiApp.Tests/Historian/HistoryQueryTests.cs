using HmiApp.Historian;
using HmiApp.Infrastructure.Historian;

namespace HmiApp.Tests.Historian;

public sealed class HistoryQueryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Without_times_the_last_hour_up_to_now_is_asked()
    {
        var (query, errors) = HistoryQuery.Parse("12", null, null, null, null, null, Now);

        Assert.Empty(errors);
        Assert.Equal(new HistoryQuery(12, HistoryTime.ToMicros(Now.AddHours(-1)), HistoryTime.ToMicros(Now), HistoryQuery.DefaultLimit, null, null), query);
    }

    [Theory]
    [InlineData("id", "pump", null, null, null, null, null)]
    [InlineData("from", "1", "yesterday", null, null, null, null)]
    [InlineData("to", "1", null, "2026-13-01T00:00:00Z", null, null, null)]
    [InlineData("from", "1", "2026-11-22T10:00:00Z", "2026-11-22T09:00:00Z", null, null, null)]
    [InlineData("limit", "1", null, null, "0", null, null)]
    [InlineData("limit", "1", null, null, "10001", null, null)]
    [InlineData("cursor", "1", null, null, null, "abc", null)]
    [InlineData("maxPoints", "1", null, null, null, null, "1")]
    [InlineData("cursor", "1", null, null, null, "123", "500")]
    public void A_bad_parameter_is_named_with_its_value_and_rule(string parameter, string id, string? from, string? to, string? limit, string? cursor, string? maxPoints)
    {
        var (query, errors) = HistoryQuery.Parse(id, from, to, limit, cursor, maxPoints, Now);

        Assert.Null(query);
        var message = Assert.Single(Assert.Contains(parameter, errors));
        Assert.False(string.IsNullOrWhiteSpace(message));
    }
}
