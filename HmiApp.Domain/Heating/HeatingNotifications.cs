namespace HmiApp.Domain.Heating;

/// <summary>Whether the base station has errors, warnings or hints pending (registers 3, 5, 6).</summary>
public sealed record HeatingNotifications(bool ErrorsPresent, bool WarningsPresent, bool HintsPresent, Freshness Freshness);
