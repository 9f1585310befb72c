using System.Collections.ObjectModel;

namespace HmiApp.Domain.Diagnostics;

/// <summary>
/// The named thresholds a tree may refer to, with one well's values. Every default lives here and nowhere
/// else; docs/diagnostics.md explains where each number comes from. A well overrides a value with
/// <see cref="With"/>; it cannot invent a name the trees do not know.
/// </summary>
public sealed class WellDiagnosticParameters
{
    public const string FrequencyTransientLevel = "frequencyTransientLevel";
    public const string NearNoLoadCurrentRatio = "nearNoLoadCurrentRatio";
    public const string OverloadCurrentRatio = "overloadCurrentRatio";
    public const string UnderloadCurrentRatio = "underloadCurrentRatio";
    public const string ScaleCurrentRatio = "scaleCurrentRatio";
    public const string ErraticCurrentLevel = "erraticCurrentLevel";
    public const string ErraticFlowLevel = "erraticFlowLevel";
    public const string FluctuatingIntakePressureLevel = "fluctuatingIntakePressureLevel";
    public const string GasLockFlowRatio = "gasLockFlowRatio";
    public const string FreeGasGasOilRatio = "freeGasGasOilRatio";
    public const string NoFlowRatio = "noFlowRatio";
    public const string LowFlowRatio = "lowFlowRatio";
    public const string IntakePressureRisingRatio = "intakePressureRisingRatio";
    public const string IntakePressureFallingRatio = "intakePressureFallingRatio";
    public const string PumpOffIntakePressureRatio = "pumpOffIntakePressureRatio";
    public const string OverheatHeadroomC = "overheatHeadroomC";
    public const string MinCoolingVelocityFtPerSec = "minCoolingVelocityFtPerSec";
    public const string HighVibrationBaselineRatio = "highVibrationBaselineRatio";
    public const string MaxVibrationG = "maxVibrationG";
    public const string MaxCurrentUnbalancePercent = "maxCurrentUnbalancePercent";
    public const string MinInsulationResistanceMegohms = "minInsulationResistanceMegohms";

    private static readonly ReadOnlyDictionary<string, double> DefaultValues = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [FrequencyTransientLevel] = 0.02,
        [NearNoLoadCurrentRatio] = 0.40,
        [OverloadCurrentRatio] = 1.25,
        [UnderloadCurrentRatio] = 0.80,
        [ScaleCurrentRatio] = 1.05,
        [ErraticCurrentLevel] = 0.04,
        [ErraticFlowLevel] = 0.08,
        [FluctuatingIntakePressureLevel] = 0.015,
        [GasLockFlowRatio] = 0.35,
        [FreeGasGasOilRatio] = 1.5,
        [NoFlowRatio] = 0.15,
        [LowFlowRatio] = 0.85,
        [IntakePressureRisingRatio] = 1.15,
        [IntakePressureFallingRatio] = 0.85,
        [PumpOffIntakePressureRatio] = 0.50,
        [OverheatHeadroomC] = 10,
        [MinCoolingVelocityFtPerSec] = 1.0,
        [HighVibrationBaselineRatio] = 2.0,
        [MaxVibrationG] = 1.0,
        [MaxCurrentUnbalancePercent] = 5.0,
        [MinInsulationResistanceMegohms] = 1.0,
    }.AsReadOnly();

    private readonly ReadOnlyDictionary<string, double> _values;

    private WellDiagnosticParameters(ReadOnlyDictionary<string, double> values) => _values = values;

    public static WellDiagnosticParameters Defaults { get; } = new(DefaultValues);

    public IReadOnlyDictionary<string, double> Values => _values;

    public static bool IsKnown(string name) => DefaultValues.ContainsKey(name);

    public double ValueOf(string name) => _values.TryGetValue(name, out var value)
        ? value
        : throw new KeyNotFoundException($"unknown diagnostic parameter '{name}'; known: {string.Join(", ", DefaultValues.Keys)}");

    /// <summary>
    /// The defaults with a well's overrides applied, e.g. as read from that well's configuration; every unknown
    /// name or non-finite value is reported and nothing is applied unless all are good.
    /// </summary>
    public static bool TryFromOverrides(
        IReadOnlyDictionary<string, double> overrides,
        out WellDiagnosticParameters parameters,
        out IReadOnlyList<string> errors)
    {
        var problems = new List<string>();
        foreach (var (name, value) in overrides)
        {
            if (!IsKnown(name))
            {
                problems.Add($"unknown diagnostic parameter '{name}'");
            }
            else if (!double.IsFinite(value))
            {
                problems.Add($"parameter '{name}' = {value} is not a finite number");
            }
            else if (value < 0)
            {
                // Every threshold is a ratio, a level, a headroom or a limit: a negative one could never be crossed as meant.
                problems.Add($"parameter '{name}' = {value} is invalid: must be >= 0");
            }
        }

        errors = problems;
        parameters = problems.Count == 0 ? overrides.Aggregate(Defaults, (p, o) => p.With(o.Key, o.Value)) : Defaults;
        return problems.Count == 0;
    }

    /// <summary>A copy with one value changed; the name must be a known parameter and the value a finite number.</summary>
    public WellDiagnosticParameters With(string name, double value)
    {
        if (!IsKnown(name))
        {
            throw new ArgumentException($"unknown diagnostic parameter '{name}'; known: {string.Join(", ", DefaultValues.Keys)}", nameof(name));
        }

        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"parameter '{name}' must be a finite number");
        }

        var copy = new Dictionary<string, double>(_values, StringComparer.Ordinal) { [name] = value };
        return new WellDiagnosticParameters(copy.AsReadOnly());
    }
}
