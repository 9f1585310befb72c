namespace HmiApp.Domain.Heating;

/// <summary>A mixed heating circuit: valve opening in percent, pump, flow and return temperatures.</summary>
public sealed record MixedCircuit(int Number, int? ValveOpening, bool? PumpRunning, double? FlowTemperature, double? ReturnTemperature, Freshness Freshness);
