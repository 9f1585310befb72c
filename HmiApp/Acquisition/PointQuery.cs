using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition.Live;
using HmiApp.Infrastructure.Acquisition.Polling;

namespace HmiApp.Acquisition;

/// <summary>Filters (every tag must match; search in device, name, description), orders and pages the points.</summary>
public static class PointQuery
{
    public const int MaxTake = 500;

    public static PointPage Run(AcquisitionEngine engine, CurrentValueTable values, IReadOnlyList<string> tags, string? search, int skip, int take)
    {
        var stored = engine.Current;
        var matching = stored.Map.Points
            .Where(p => tags.All(p.Tags.Matches))
            .Where(p => string.IsNullOrWhiteSpace(search)
                || p.Name.Contains(search, StringComparison.OrdinalIgnoreCase)
                || p.Device.Contains(search, StringComparison.OrdinalIgnoreCase)
                || p.Description.Contains(search, StringComparison.OrdinalIgnoreCase))
            .OrderBy(p => p.Device, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var items = matching.Skip(skip).Take(take).Select(p =>
        {
            var id = stored.PointIds[p.Key];
            var snapshot = values.Get(id);
            return new PointResource(
                // An MQTT point has no register: its table reads "Mqtt" with its topic in place of an address.
                id, p.Device, p.Name, p.Description, p.Units, p.Mqtt is null ? p.Table.ToString() : "Mqtt", p.Address, p.Encoding.DataType.ToString(),
                p.Tags.Values, snapshot?.Value.HasValue == true ? snapshot.Value.ToString() : null,
                (snapshot?.Quality.Status ?? QualityStatus.Uncertain).ToString(),
                snapshot?.Quality.Reason ?? (snapshot is null ? "not read yet" : null),
                snapshot?.Timestamp);
        }).ToList();
        return new PointPage(matching.Count, skip, take, items);
    }
}
