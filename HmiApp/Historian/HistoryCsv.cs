using System.Globalization;
using HmiApp.Domain.Acquisition;

namespace HmiApp.Historian;

/// <summary>One CSV line per sample: UTC time to the microsecond, value round-trippable (empty when none), quality.</summary>
public static class HistoryCsv
{
    public static string Row(PointSample sample) => string.Create(CultureInfo.InvariantCulture,
        $"{sample.Timestamp.UtcDateTime:yyyy-MM-ddTHH:mm:ss.ffffffZ},{(sample.Value is { } v ? v.ToString("R", CultureInfo.InvariantCulture) : "")},{sample.Quality}\n");
}
