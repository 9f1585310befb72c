using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition.Polling;

namespace HmiApp.Infrastructure.Alarms.Feeds;

/// <summary>
/// Alarm definitions name their points as <c>device/point</c> (the point map's key), so that an
/// exported set of alarms reads like the point map it belongs to and survives a re-import that renumbers ids.
/// </summary>
public sealed class PointMapAlarmPointNames(AcquisitionEngine acquisition) : IAlarmPointNames
{
    public long? IdOf(string pointName)
    {
        var slash = pointName.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0)
        {
            return null;
        }

        var key = new PointKey(pointName[..slash], pointName[(slash + 1)..]);
        return acquisition.Current.PointIds.TryGetValue(key, out var id) ? id : null;
    }

    public string? NameOf(long pointId)
    {
        foreach (var (key, id) in acquisition.Current.PointIds)
        {
            if (id == pointId)
            {
                return key.ToString();
            }
        }

        return null;
    }
}
