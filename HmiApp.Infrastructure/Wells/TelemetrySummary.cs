namespace HmiApp.Infrastructure.Wells;

/// <summary>Minimum, mean and maximum of one reading field over a period.</summary>
public sealed record TelemetryFieldSummary(double Min, double Mean, double Max);

/// <summary>A well's readings over a period, summarised per field.</summary>
public sealed record TelemetrySummary(string WellId, DateTimeOffset From, DateTimeOffset To, int Count, IReadOnlyDictionary<string, TelemetryFieldSummary> Fields);
