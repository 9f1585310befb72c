namespace HmiApp.Acquisition;

/// <summary>One page of points: the total matching the filters, and the items in device/name order.</summary>
public sealed record PointPage(int Total, int Skip, int Take, IReadOnlyList<PointResource> Items);
