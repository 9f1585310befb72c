using HmiApp.Trends;

namespace HmiApp.Tests.Trends;

public sealed class TrendSelectionTests
{
    [Fact]
    public void Ids_are_read_in_order_without_duplicates()
    {
        var (ids, error) = TrendSelection.Parse(" 3, 1,3 ,2");

        Assert.Equal([3L, 1L, 2L], ids);
        Assert.Null(error);
    }

    [Fact]
    public void Anything_that_is_not_an_id_is_named_in_the_error()
    {
        var (ids, error) = TrendSelection.Parse("1,abc,-2");

        Assert.Equal([1L], ids);
        Assert.Equal("points: 'abc', '-2' are not point ids; use positive numbers separated by commas.", error);
    }

    [Fact]
    public void More_points_than_one_chart_shows_are_cut_with_a_reason()
    {
        var (ids, error) = TrendSelection.Parse("1,2,3,4,5,6,7,8,9,10");

        Assert.Equal(TrendSelection.MaxPoints, ids.Count);
        Assert.Contains("at most 8", error);
    }

    [Fact]
    public void Empty_means_no_points_and_no_error()
    {
        var (ids, error) = TrendSelection.Parse(null);

        Assert.Empty(ids);
        Assert.Null(error);
        Assert.Equal("4,5", TrendSelection.Format([4, 5]));
    }
}
