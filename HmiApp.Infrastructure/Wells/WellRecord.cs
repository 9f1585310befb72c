using HmiApp.Domain.Wells;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// A stored well: its nameplate, the engineer's threshold overrides (JSON object name -> value) and the
/// baseline of normal operation (JSON, null until one is taken).
/// </summary>
public sealed class WellRecord
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    public required string Field { get; set; }

    public required string PumpModel { get; set; }

    public double RatedFlowBblPerDay { get; set; }

    public double RatedMotorCurrentAmps { get; set; }

    public double RatedFrequencyHz { get; set; }

    public double RatedMotorTemperatureC { get; set; }

    public double MaxMotorTemperatureC { get; set; }

    public double CasingInnerDiameterInches { get; set; }

    public double MotorOuterDiameterInches { get; set; }

    public string ParameterOverridesJson { get; set; } = "{}";

    public string? BaselineJson { get; set; }

    public Well ToWell() => new(Id, Name, Field, PumpModel, RatedFlowBblPerDay, RatedMotorCurrentAmps, RatedFrequencyHz,
        RatedMotorTemperatureC, MaxMotorTemperatureC, CasingInnerDiameterInches, MotorOuterDiameterInches);

    public static WellRecord From(Well well) => new()
    {
        Id = well.Id,
        Name = well.Name,
        Field = well.Field,
        PumpModel = well.PumpModel,
        RatedFlowBblPerDay = well.RatedFlowBblPerDay,
        RatedMotorCurrentAmps = well.RatedMotorCurrentAmps,
        RatedFrequencyHz = well.RatedFrequencyHz,
        RatedMotorTemperatureC = well.RatedMotorTemperatureC,
        MaxMotorTemperatureC = well.MaxMotorTemperatureC,
        CasingInnerDiameterInches = well.CasingInnerDiameterInches,
        MotorOuterDiameterInches = well.MotorOuterDiameterInches,
    };
}
