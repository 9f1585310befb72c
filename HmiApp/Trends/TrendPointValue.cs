namespace HmiApp.Trends;

/// <summary>One (time, value) pair of a series: epoch milliseconds and value.</summary>
public sealed record TrendPointValue(long T, double V);
