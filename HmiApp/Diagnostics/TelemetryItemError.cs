namespace HmiApp.Diagnostics;

/// <summary>Why one item of a telemetry post was not stored: its index in the batch (0 for a single reading), the field and the reason.</summary>
public sealed record TelemetryItemError(int Index, string Field, string Message);
