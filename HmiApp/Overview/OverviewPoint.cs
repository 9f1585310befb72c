using HmiApp.Domain.Acquisition;

namespace HmiApp.Overview;

/// <summary>A point shown on the overview, with the id its live values and history are keyed by.</summary>
public sealed record OverviewPoint(Point Point, long Id)
{
    /// <summary>"Device · Point", one text rather than three on a screen that renders it several times a second.</summary>
    public string Label { get; } = $"{Point.Device} · {Point.Name}";
}
