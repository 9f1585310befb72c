using HmiApp.Domain.Acquisition;

namespace HmiApp.Tests.Historian;

/// <summary>Test series with times on whole milliseconds (the store keeps microseconds, so they round-trip exactly).</summary>
public static class Samples
{
    public static readonly DateTimeOffset Start = new(2026, 11, 20, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Sample i has value <paramref name="value"/>(i), or i when not given; a null value is quality Bad.</summary>
    public static PointSample[] Series(long pointId, DateTimeOffset start, int count, TimeSpan step, Func<int, double?>? value = null)
    {
        value ??= i => i;
        return Enumerable.Range(0, count)
            .Select(i => value(i) is { } v
                ? new PointSample(pointId, start + (step * i), v, QualityStatus.Good)
                : new PointSample(pointId, start + (step * i), null, QualityStatus.Bad))
            .ToArray();
    }
}
