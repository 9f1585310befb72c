using System.Globalization;

namespace HmiApp.Domain.Wells;

/// <summary>
/// The VSD frequencies an operator may set for a well. Below the minimum the pump no longer lifts to surface
/// and the motor loses its cooling flow; above the maximum the motor is overloaded (power rises with the cube
/// of speed). The defaults take the common ESP band of half to 7/6 of the rated frequency (30..70 Hz at 60 Hz).
/// </summary>
public sealed record WellFrequencyLimits
{
    public WellFrequencyLimits(double minHz, double maxHz)
    {
        if (!double.IsFinite(minHz) || minHz < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(minHz), minHz, $"minHz = {Text(minHz)} is invalid: must be a finite number >= 0 Hz");
        }

        if (!double.IsFinite(maxHz) || maxHz > WellTelemetryReading.MaxVsdFrequencyHz)
        {
            throw new ArgumentOutOfRangeException(nameof(maxHz), maxHz, $"maxHz = {Text(maxHz)} is invalid: must be at most {Text(WellTelemetryReading.MaxVsdFrequencyHz)} Hz");
        }

        if (maxHz <= minHz)
        {
            throw new ArgumentOutOfRangeException(nameof(maxHz), maxHz, $"maxHz = {Text(maxHz)} is invalid: must be above minHz ({Text(minHz)} Hz)");
        }

        MinHz = minHz;
        MaxHz = maxHz;
    }

    public double MinHz { get; }

    public double MaxHz { get; }

    public static WellFrequencyLimits DefaultFor(Well well) =>
        new(Math.Round(well.RatedFrequencyHz / 2, 1), Math.Min(Math.Round(well.RatedFrequencyHz * 7 / 6, 1), WellTelemetryReading.MaxVsdFrequencyHz));

    /// <summary>Why <paramref name="hz"/> may not be set; null when it may.</summary>
    public string? Refusal(double hz)
    {
        if (!double.IsFinite(hz))
        {
            return $"{Text(hz)} Hz is not a number";
        }

        if (hz < MinHz)
        {
            return $"{Text(hz)} Hz is below the well's minimum frequency {Text(MinHz)} Hz";
        }

        return hz > MaxHz ? $"{Text(hz)} Hz is above the well's maximum frequency {Text(MaxHz)} Hz" : null;
    }

    public override string ToString() => $"{Text(MinHz)}..{Text(MaxHz)} Hz";

    private static string Text(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
