using HmiApp.Domain.Acquisition;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>A point as a poll job sees it: the point, its database id and the period it is read at.</summary>
public sealed record ScanPoint(Point Point, long Id, TimeSpan Period);
