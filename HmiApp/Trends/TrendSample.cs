namespace HmiApp.Trends;

/// <summary>One sample as the chart module takes it: point id, epoch milliseconds, value.</summary>
public sealed record TrendSample(long Id, long T, double V);
