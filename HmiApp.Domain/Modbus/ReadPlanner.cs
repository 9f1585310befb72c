namespace HmiApp.Domain.Modbus;

/// <summary>
/// Groups the points of one device, unit and table into the fewest read requests.
/// </summary>
/// <remarks>
/// Rules: a point is never split across requests; a request never exceeds the device's read limit; inside a
/// request, a stretch of addresses that belongs to none of its points is at most <c>maxGap</c> long (reading a few
/// unused registers is cheaper than another round trip, but a large hole is not). Points may overlap.
/// <para>
/// Greedy over points sorted by start address is optimal. Each request is opened by a point q_i and closed
/// because the next point q_{i+1} does not fit, either (a) by length: q_{i+1}.End - q_i.Address &gt; limit, or
/// (b) by gap: q_{i+1} starts more than maxGap after the furthest end so far, and since every earlier point ends
/// by then and every later one starts after, that hole is covered by no point at all. Take any two openers
/// q_i, q_j (i &lt; j). If some closure between them was of kind (b), any request holding both spans an
/// uncovered hole longer than maxGap. Otherwise q_j.End &gt; q_{j-1}.Address + limit &gt;= q_i.Address + limit,
/// so a request holding both is too long. The openers are therefore pairwise incompatible, so every valid plan
/// needs at least as many requests as the greedy one makes.
/// </para>
/// </remarks>
public static class ReadPlanner
{
    /// <summary>Plans reads of points given directly as spans.</summary>
    public static IReadOnlyList<PlannedRead<PointSpan>> Plan(
        ModbusTable table,
        IEnumerable<PointSpan> points,
        ModbusDeviceLimits limits,
        int maxGap) => Plan(table, points, static span => span, limits, maxGap);

    /// <summary>
    /// Plans reads of <paramref name="points"/>, all in <paramref name="table"/> of one device and unit.
    /// Throws <see cref="ArgumentException"/> naming every point that is longer than the device's read limit,
    /// empty, or outside addresses 0..65535.
    /// </summary>
    /// <param name="locate">Where a point sits; called once per point.</param>
    /// <param name="maxGap">Largest run of unused registers (or bits) a request may read to join two points.</param>
    public static IReadOnlyList<PlannedRead<TPoint>> Plan<TPoint>(
        ModbusTable table,
        IEnumerable<TPoint> points,
        Func<TPoint, PointSpan> locate,
        ModbusDeviceLimits limits,
        int maxGap)
    {
        ArgumentNullException.ThrowIfNull(points);
        ArgumentNullException.ThrowIfNull(locate);
        ArgumentNullException.ThrowIfNull(limits);
        if (maxGap < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(maxGap), maxGap, $"maxGap {maxGap} is negative: use 0 to read only the points' own addresses.");
        }

        var limit = limits.MaxRead(table);
        var unit = table.IsBitTable() ? "bits" : "registers";
        var located = new List<(TPoint Point, PointSpan Span, int Order)>();
        var errors = new List<string>();
        foreach (var point in points)
        {
            var span = locate(point);
            var error = Check(span, table, limit, unit);
            if (error is null)
            {
                located.Add((point, span, located.Count));
            }
            else
            {
                errors.Add(error);
            }
        }

        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(Environment.NewLine, errors), nameof(points));
        }

        // The original order breaks ties so that the plan is the same on every run.
        located.Sort(static (a, b) => a.Span.Address != b.Span.Address
            ? a.Span.Address.CompareTo(b.Span.Address)
            : a.Order.CompareTo(b.Order));

        var reads = new List<PlannedRead<TPoint>>();
        var start = 0;
        while (start < located.Count)
        {
            var first = located[start].Span.Address;
            var end = located[start].Span.End;
            var next = start + 1;
            while (next < located.Count)
            {
                var span = located[next].Span;
                var fitsGap = span.Address - end <= maxGap;
                var fitsLimit = Math.Max(end, span.End) - first <= limit;
                if (!fitsGap || !fitsLimit)
                {
                    break;
                }

                end = Math.Max(end, span.End);
                next++;
            }

            var served = new PlannedPoint<TPoint>[next - start];
            for (var i = start; i < next; i++)
            {
                served[i - start] = new PlannedPoint<TPoint>(located[i].Point, located[i].Span.Address - first, located[i].Span.Length);
            }

            reads.Add(new PlannedRead<TPoint>(table, first, end - first, served));
            start = next;
        }

        return reads;
    }

    private static string? Check(PointSpan span, ModbusTable table, int limit, string unit)
    {
        if (span.Length < 1)
        {
            return $"Point '{span.Name}' at {table} {span.Address} has length {span.Length}: it must occupy at least one of the {unit}.";
        }

        if (span.Address is < 0 or > ModbusAddress.Max)
        {
            return $"Point '{span.Name}' has address {span.Address}, outside {table} addresses 0..{ModbusAddress.Max}.";
        }

        if ((long)span.Address + span.Length - 1 > ModbusAddress.Max)
        {
            return $"Point '{span.Name}' at {table} {span.Address} with {span.Length} {unit} runs past the last address {ModbusAddress.Max}.";
        }

        if (span.Length > limit)
        {
            return $"Point '{span.Name}' at {table} {span.Address} is {span.Length} {unit} long, more than the device reads at once ({limit} {unit}).";
        }

        return null;
    }
}
