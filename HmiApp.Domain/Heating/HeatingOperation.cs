namespace HmiApp.Domain.Heating;

/// <summary>The installation's global operating mode and state (registers 1 and 2).</summary>
public sealed record HeatingOperation(OperatingMode? Mode, OperatingState? State, Freshness Freshness);
