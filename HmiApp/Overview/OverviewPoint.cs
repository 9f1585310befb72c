using HmiApp.Domain.Acquisition;

namespace HmiApp.Overview;

/// <summary>A point shown on the overview, with the id its live values and history are keyed by.</summary>
public sealed record OverviewPoint(Point Point, long Id);
