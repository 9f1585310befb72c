namespace HmiApp.Infrastructure.Acquisition;

/// <summary>
/// Says that what this node polls was changed here by a person: a point map applied, a scan paused or resumed. The
/// cluster passes it on to the other nodes (<see cref="Cluster.AcquisitionChangeRelay"/>), which reload from the
/// shared database; on one node nobody listens.
/// </summary>
public sealed class AcquisitionChanges
{
    public const string PointMap = "point-map";
    public const string Pauses = "pauses";

    public event Action<string>? Changed;

    public void Announce(string what) => Changed?.Invoke(what);
}
