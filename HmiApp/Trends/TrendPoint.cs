namespace HmiApp.Trends;

/// <summary>A point as the chart module takes it: its series name, units and (initial) data.</summary>
public sealed record TrendPoint(long Id, string Name, string Units, IReadOnlyList<TrendPointValue> Data);
