namespace HmiApp.Domain.Heating;

/// <summary>A dehumidifier or an extra pump: a numbered unit that runs or not.</summary>
public sealed record HeatingUnit(int Number, bool Running, Freshness Freshness);
