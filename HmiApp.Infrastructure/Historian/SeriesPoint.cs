namespace HmiApp.Infrastructure.Historian;

/// <summary>One point of a downsampled series: time in microseconds since the epoch and value.</summary>
public readonly record struct SeriesPoint(long Time, double Value);
