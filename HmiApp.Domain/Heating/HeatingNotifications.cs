namespace HmiApp.Domain.Heating;

/// <summary>Whether the base station has errors, warnings or hints pending (registers 3, 5, 6); null until it has said.</summary>
public sealed record HeatingNotifications(bool? ErrorsPresent, bool? WarningsPresent, bool? HintsPresent, Freshness Freshness);
