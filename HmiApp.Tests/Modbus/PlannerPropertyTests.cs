using HmiApp.Domain.Modbus;

namespace HmiApp.Tests.Modbus;

/// <summary>
/// Properties of the read planner over random point sets (System.Random with fixed seeds, so a failure names a
/// seed that reproduces it): every point is served exactly once and whole, requests stay within the limit and
/// the gap rule, and the number of requests equals the optimum found by exhaustive search.
/// </summary>
public class PlannerPropertyTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        for (var seed = 1; seed <= 200; seed++)
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plans_of_random_points_follow_every_rule(int seed)
    {
        var random = new Random(seed);
        var scenario = Scenario.Random(random, maxPoints: 60);

        var reads = ReadPlanner.Plan(scenario.Table, scenario.Points, scenario.Limits, scenario.MaxGap);

        AssertFollowsRules(scenario, reads);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Plans_of_small_random_sets_use_the_fewest_possible_requests(int seed)
    {
        var random = new Random(seed);
        var scenario = Scenario.Random(random, maxPoints: 9);

        var reads = ReadPlanner.Plan(scenario.Table, scenario.Points, scenario.Limits, scenario.MaxGap);

        AssertFollowsRules(scenario, reads);
        Assert.Equal(FewestRequestsByExhaustiveSearch(scenario), reads.Count);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Plans_of_many_points_at_spec_limits_follow_every_rule(int seed)
    {
        var random = new Random(seed);
        var table = (ModbusTable)random.Next(4);
        var points = new List<PointSpan>();
        for (var i = 0; i < 2000; i++)
        {
            var length = table.IsBitTable() ? random.Next(1, 3) : random.Next(1, 9);
            var address = random.Next(0, 65536 - length + 1);
            points.Add(new PointSpan($"P{i}", address, length));
        }

        var scenario = new Scenario(table, points, ModbusDeviceLimits.Spec, MaxGap: random.Next(0, 20));
        var reads = ReadPlanner.Plan(table, points, scenario.Limits, scenario.MaxGap);

        AssertFollowsRules(scenario, reads);
    }

    private static void AssertFollowsRules(Scenario scenario, IReadOnlyList<PlannedRead<PointSpan>> reads)
    {
        var limit = scenario.Limits.MaxRead(scenario.Table);
        var served = new Dictionary<string, int>();
        foreach (var read in reads)
        {
            Assert.Equal(scenario.Table, read.Table);
            Assert.InRange(read.Count, 1, limit);
            Assert.InRange(read.Address, 0, ModbusAddress.Max);
            Assert.True(read.End <= ModbusAddress.Max + 1, $"read {read.Address}+{read.Count} runs past 65535");
            Assert.NotEmpty(read.Points);

            foreach (var planned in read.Points)
            {
                var point = planned.Point;
                Assert.True(read.Address <= point.Address && point.End <= read.End, $"{point} is not inside read {read.Address}+{read.Count}");
                Assert.Equal(point.Address - read.Address, planned.Offset);
                Assert.Equal(point.Length, planned.Length);
                served[point.Name] = served.GetValueOrDefault(point.Name) + 1;
            }

            // The read is tight (starts and ends on its points) and has no unused stretch longer than maxGap.
            Assert.Equal(read.Points.Min(p => p.Point.Address), read.Address);
            Assert.Equal(read.Points.Max(p => p.Point.End), read.End);
            Assert.True(
                LongestHole(read.Points.Select(p => p.Point)) <= scenario.MaxGap,
                $"read {read.Address}+{read.Count} has a hole longer than {scenario.MaxGap}");
        }

        Assert.Equal(scenario.Points.Count, served.Count);
        Assert.All(scenario.Points, point => Assert.Equal(1, served.GetValueOrDefault(point.Name)));
    }

    /// <summary>
    /// Minimum number of groups that partition the points, where a group is valid when its span fits the limit and
    /// its points leave no hole longer than maxGap: dynamic programming over all subsets (3^n for n points).
    /// </summary>
    private static int FewestRequestsByExhaustiveSearch(Scenario scenario)
    {
        var points = scenario.Points;
        var limit = scenario.Limits.MaxRead(scenario.Table);
        var all = (1 << points.Count) - 1;
        var valid = new bool[all + 1];
        for (var mask = 1; mask <= all; mask++)
        {
            var members = Enumerable.Range(0, points.Count).Where(i => (mask & (1 << i)) != 0).Select(i => points[i]).ToList();
            var span = members.Max(p => p.End) - members.Min(p => p.Address);
            valid[mask] = span <= limit && LongestHole(members) <= scenario.MaxGap;
        }

        var fewest = new int[all + 1];
        for (var mask = 1; mask <= all; mask++)
        {
            fewest[mask] = int.MaxValue;
            var lowest = mask & -mask;
            for (var group = mask; group > 0; group = (group - 1) & mask)
            {
                if ((group & lowest) != 0 && valid[group] && fewest[mask ^ group] != int.MaxValue)
                {
                    fewest[mask] = Math.Min(fewest[mask], fewest[mask ^ group] + 1);
                }
            }
        }

        return fewest[all];
    }

    private static int LongestHole(IEnumerable<PointSpan> points)
    {
        var longest = 0;
        int? coveredTo = null;
        foreach (var point in points.OrderBy(p => p.Address))
        {
            if (coveredTo is { } end)
            {
                longest = Math.Max(longest, point.Address - end);
            }

            coveredTo = Math.Max(coveredTo ?? 0, point.End);
        }

        return longest;
    }

    private sealed record Scenario(ModbusTable Table, IReadOnlyList<PointSpan> Points, ModbusDeviceLimits Limits, int MaxGap)
    {
        public static Scenario Random(Random random, int maxPoints)
        {
            var table = (ModbusTable)random.Next(4);
            var limit = random.Next(4) == 0 ? random.Next(1, 4) : random.Next(4, 24);
            var limits = table.IsBitTable() ? new ModbusDeviceLimits(maxReadBits: limit) : new ModbusDeviceLimits(maxReadRegisters: limit);
            var maxGap = random.Next(0, 7);
            // Half the sets sit at the top of the address space to exercise the 65535 edge.
            var region = random.Next(2) == 0 ? 0 : 65536 - 80;
            var count = random.Next(1, maxPoints + 1);
            var points = new List<PointSpan>(count);
            for (var i = 0; i < count; i++)
            {
                var length = random.Next(1, Math.Min(limit, 6) + 1);
                var address = region + random.Next(0, 80 - length + 1);
                points.Add(new PointSpan($"P{i}", address, length));
            }

            return new Scenario(table, points, limits, maxGap);
        }
    }
}
