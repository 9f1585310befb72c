using System.Text.Json.Serialization;

namespace HmiApp.Diagnostics;

/// <summary>Body of <c>POST /api/v1/diagnostics/analyze</c>: a well and its readings, or the well alone for its latest window.</summary>
[JsonConverter(typeof(AnalyzeRequestJsonConverter))]
public sealed record AnalyzeRequest(string? WellId, IReadOnlyList<TelemetryItem>? Readings);
