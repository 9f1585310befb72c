using HmiApp.Domain.Wells;

namespace HmiApp.Diagnostics;

/// <summary>Body of <c>POST /api/v1/wells</c>: a well's identity and nameplate, checked by <see cref="Well"/> itself.</summary>
public sealed record NewWell(
    string Id,
    string Name,
    string Field,
    string PumpModel,
    double RatedFlowBblPerDay,
    double RatedMotorCurrentAmps,
    double RatedFrequencyHz,
    double RatedMotorTemperatureC,
    double MaxMotorTemperatureC,
    double CasingInnerDiameterInches,
    double MotorOuterDiameterInches)
{
    /// <returns>The well, or the field that is wrong and why.</returns>
    public (Well? Well, string? Field, string? Error) ToWell()
    {
        try
        {
            return (new Well(Id ?? "", Name ?? "", Field ?? "", PumpModel ?? "", RatedFlowBblPerDay, RatedMotorCurrentAmps, RatedFrequencyHz,
                RatedMotorTemperatureC, MaxMotorTemperatureC, CasingInnerDiameterInches, MotorOuterDiameterInches), null, null);
        }
        catch (ArgumentException ex)
        {
            return (null, ex.ParamName ?? "well", ex.Message);
        }
    }
}
