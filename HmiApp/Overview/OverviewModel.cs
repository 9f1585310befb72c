using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition.Polling;

namespace HmiApp.Overview;

/// <summary>
/// What the overview shows, derived from the point map: the wells, the points tagged <c>overview</c> (the plant's
/// key values, chosen in the point map) and the devices' communication status.
/// </summary>
public sealed record OverviewModel(
    IReadOnlyList<WellRow> Wells,
    IReadOnlyList<OverviewPoint> Featured,
    IReadOnlyList<DeviceStatus> Devices,
    IReadOnlyDictionary<string, long[]> PointIdsByDevice)
{
    public const string FeaturedTag = "overview";

    public static OverviewModel Empty { get; } = new([], [], [], new Dictionary<string, long[]>());

    public IEnumerable<long> PointIds => PointIdsByDevice.Values.SelectMany(ids => ids);

    public IReadOnlyList<long> PointIdsOf(string device) =>
        PointIdsByDevice.TryGetValue(device, out var ids) ? ids : [];

    public OverviewModel WithStatuses(IReadOnlyList<DeviceStatus> statuses) => this with { Devices = Order(statuses) };

    public static OverviewModel From(PointMap map, IReadOnlyDictionary<PointKey, long> ids, IReadOnlyList<DeviceStatus> statuses)
    {
        var points = map.Points
            .Where(p => ids.ContainsKey(p.Key))
            .Select(p => new OverviewPoint(p, ids[p.Key]))
            .ToList();
        var byDevice = points
            .GroupBy(p => p.Point.Device, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);

        var wells = byDevice
            .Select(g => new WellRow(g.Key, Find(g.Value, WellRow.RunningPoint), Find(g.Value, WellRow.FlowPoint), Find(g.Value, WellRow.CurrentPoint)))
            .Where(w => w.Running is not null && w.Flow is not null && w.Current is not null)
            .OrderBy(w => w.Device, StringComparer.OrdinalIgnoreCase)
            .ToList();
        var featured = points
            .Where(p => p.Point.Tags.Matches(FeaturedTag))
            .OrderBy(p => p.Point.Device, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Point.Name, StringComparer.OrdinalIgnoreCase)
            .ToList();
        // Only the points the overview shows are subscribed (plus every point of a device, for its bad/stale count).
        var idsByDevice = byDevice.ToDictionary(g => g.Key, g => g.Value.Select(p => p.Id).ToArray(), StringComparer.OrdinalIgnoreCase);
        return new OverviewModel(wells, featured, Order(statuses), idsByDevice);
    }

    private static OverviewPoint? Find(List<OverviewPoint> points, string name) =>
        points.FirstOrDefault(p => string.Equals(p.Point.Name, name, StringComparison.OrdinalIgnoreCase));

    private static List<DeviceStatus> Order(IReadOnlyList<DeviceStatus> statuses) =>
        statuses.OrderBy(d => d.Name, StringComparer.OrdinalIgnoreCase).ToList();
}
