namespace HmiApp.Domain.Wells;

/// <summary>
/// One scan of an ESP well. Current unbalance and insulation resistance go beyond the basic list because a
/// phase imbalance or an insulation fault cannot be seen in a single averaged motor current.
/// </summary>
public sealed record WellTelemetryReading(
    DateTimeOffset Timestamp,
    double FlowRateBblPerDay,
    double PumpIntakePressurePsi,
    double MotorCurrentAmps,
    double MotorTemperatureC,
    double VibrationG,
    double VsdFrequencyHz,
    double FlowVariancePercent,
    double TorqueNewtonMetres,
    double GasOilRatioScfPerBbl,
    double CurrentUnbalancePercent,
    double InsulationResistanceMegohms,
    bool IsRunning)
{
    public const double MinMotorTemperatureC = -50;
    public const double MaxMotorTemperatureC = 200;
    public const double MaxVsdFrequencyHz = 120;

    /// <summary>Every field that is out of range; empty when the reading can be used.</summary>
    public IReadOnlyList<TelemetryFieldError> Validate()
    {
        var errors = new List<TelemetryFieldError>();
        NonNegative(errors, nameof(FlowRateBblPerDay), FlowRateBblPerDay);
        NonNegative(errors, nameof(PumpIntakePressurePsi), PumpIntakePressurePsi);
        NonNegative(errors, nameof(MotorCurrentAmps), MotorCurrentAmps);
        Within(errors, nameof(MotorTemperatureC), MotorTemperatureC, MinMotorTemperatureC, MaxMotorTemperatureC, "degC");
        NonNegative(errors, nameof(VibrationG), VibrationG);
        Within(errors, nameof(VsdFrequencyHz), VsdFrequencyHz, 0, MaxVsdFrequencyHz, "Hz");
        NonNegative(errors, nameof(FlowVariancePercent), FlowVariancePercent);
        NonNegative(errors, nameof(TorqueNewtonMetres), TorqueNewtonMetres);
        NonNegative(errors, nameof(GasOilRatioScfPerBbl), GasOilRatioScfPerBbl);
        NonNegative(errors, nameof(CurrentUnbalancePercent), CurrentUnbalancePercent);
        NonNegative(errors, nameof(InsulationResistanceMegohms), InsulationResistanceMegohms);
        return errors;
    }

    /// <summary>The raw value of a signal carried by the reading; derived signals need the well and are computed by <see cref="TelemetryWindow"/>.</summary>
    public double ValueOf(TelemetrySignal signal) => signal switch
    {
        TelemetrySignal.FlowRate => FlowRateBblPerDay,
        TelemetrySignal.PumpIntakePressure => PumpIntakePressurePsi,
        TelemetrySignal.MotorCurrent => MotorCurrentAmps,
        TelemetrySignal.MotorTemperature => MotorTemperatureC,
        TelemetrySignal.Vibration => VibrationG,
        TelemetrySignal.VsdFrequency => VsdFrequencyHz,
        TelemetrySignal.FlowVariance => FlowVariancePercent,
        TelemetrySignal.Torque => TorqueNewtonMetres,
        TelemetrySignal.GasOilRatio => GasOilRatioScfPerBbl,
        TelemetrySignal.CurrentUnbalance => CurrentUnbalancePercent,
        TelemetrySignal.InsulationResistance => InsulationResistanceMegohms,
        TelemetrySignal.Running => IsRunning ? 1 : 0,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "not a field of a reading"),
    };

    private static void NonNegative(List<TelemetryFieldError> errors, string field, double value)
    {
        if (double.IsNaN(value) || double.IsInfinity(value) || value < 0)
        {
            errors.Add(new TelemetryFieldError(field, value, $"{field} = {value} is invalid: must be a finite number >= 0"));
        }
    }

    private static void Within(List<TelemetryFieldError> errors, string field, double value, double min, double max, string unit)
    {
        if (double.IsNaN(value) || value < min || value > max)
        {
            errors.Add(new TelemetryFieldError(field, value, $"{field} = {value} is invalid: must be within {min}..{max} {unit}"));
        }
    }
}
