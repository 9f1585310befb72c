using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;

namespace HmiApp.Tests.Diagnostics.CaseLibrary;

/// <summary>
/// Labelled ESP windows built from the published symptom signatures (ammeter-chart patterns and the rules of
/// thumb in the ESP literature), one reading a minute, with seeded noise so every run yields the same cases.
/// Each family is varied over wells of different ratings, noise levels, window lengths and onset times; nothing
/// here is derived from the tree's thresholds.
/// </summary>
internal static class SignatureCaseLibrary
{
    private static readonly DateTimeOffset BaselineStart = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly Well[] Wells =
    [
        new("LIB-1", "Library well 1", "Library", "ESP-1000", ratedFlowBblPerDay: 1000, ratedMotorCurrentAmps: 30, ratedFrequencyHz: 50,
            ratedMotorTemperatureC: 110, maxMotorTemperatureC: 140, casingInnerDiameterInches: 5.5, motorOuterDiameterInches: 4.56),
        new("LIB-2", "Library well 2", "Library", "ESP-2500", ratedFlowBblPerDay: 2500, ratedMotorCurrentAmps: 50, ratedFrequencyHz: 60,
            ratedMotorTemperatureC: 120, maxMotorTemperatureC: 150, casingInnerDiameterInches: 6.276, motorOuterDiameterInches: 5.62),
        new("LIB-3", "Library well 3", "Library", "ESP-4000", ratedFlowBblPerDay: 4000, ratedMotorCurrentAmps: 90, ratedFrequencyHz: 60,
            ratedMotorTemperatureC: 130, maxMotorTemperatureC: 165, casingInnerDiameterInches: 8.681, motorOuterDiameterInches: 7.38),
        new("LIB-4", "Library well 4", "Library", "ESP-1800", ratedFlowBblPerDay: 1800, ratedMotorCurrentAmps: 65, ratedFrequencyHz: 50,
            ratedMotorTemperatureC: 115, maxMotorTemperatureC: 145, casingInnerDiameterInches: 6.276, motorOuterDiameterInches: 5.62),
    ];

    private static readonly double[] NoiseLevels = [0.005, 0.02];

    private static readonly int[] WindowMinutes = [30, 60, 120];

    public const int VariantsPerFamily = 12;

    public static IReadOnlyList<SignatureCase> All() =>
        Enum.GetValues<SignatureFamily>().SelectMany(f => Enumerable.Range(0, VariantsPerFamily).Select(v => Build(f, v))).ToArray();

    public static SignatureCase Build(SignatureFamily family, int variant)
    {
        var well = Wells[variant % Wells.Length];
        var noise = NoiseLevels[(variant / Wells.Length) % NoiseLevels.Length];
        var minutes = WindowMinutes[variant % WindowMinutes.Length];
        var random = new Random((((int)family + 1) * 1000) + variant);
        var onset = 0.2 + (0.5 * random.NextDouble());
        var point = OperatingPoint.Normal(well, 400 + (800 * random.NextDouble()));

        var baseline = TelemetryBaseline.FromWindow(new TelemetryWindow(well, Series(well, point, 60, BaselineStart, noise, random, (_, p) => p)));
        var start = BaselineStart.AddHours(2);
        var readings = Series(well, point, minutes, start, noise, random, (fraction, p) => Shape(family, fraction, onset, p, point, well, random));
        var name = $"{family}-{variant} ({well.Id}, {minutes} min, noise {noise:P1}, onset {onset:P0})";
        return new SignatureCase(family, name, new TelemetryWindow(well, readings), baseline, Accepted(family), family is SignatureFamily.BrokenShaft or SignatureFamily.ClosedValve or SignatureFamily.Overload);
    }

    private static IReadOnlySet<string> Accepted(SignatureFamily family) => family switch
    {
        SignatureFamily.Normal or SignatureFamily.SensorSpikes or SignatureFamily.SensorDropout or SignatureFamily.SensorStuck
            => new HashSet<string> { DiagnosisCodes.Normal },
        SignatureFamily.Startup => new HashSet<string> { DiagnosisCodes.Normal, DiagnosisCodes.FrequencyTransient },
        SignatureFamily.GasInterference or SignatureFamily.GasLock => new HashSet<string> { DiagnosisCodes.GasInterference, DiagnosisCodes.GasLock },
        SignatureFamily.PumpOff => new HashSet<string> { DiagnosisCodes.PumpOff },
        SignatureFamily.BrokenShaft => new HashSet<string> { DiagnosisCodes.BrokenShaft },
        SignatureFamily.ClosedValve => new HashSet<string> { DiagnosisCodes.ClosedValve },
        SignatureFamily.TubingLeak => new HashSet<string> { DiagnosisCodes.TubingLeak },
        SignatureFamily.Scale => new HashSet<string> { DiagnosisCodes.ScaleOrSolids },
        SignatureFamily.Overheating => new HashSet<string> { DiagnosisCodes.MotorOverheating, DiagnosisCodes.MotorOverheatingLowCooling },
        SignatureFamily.HighVibration => new HashSet<string> { DiagnosisCodes.HighVibration },
        SignatureFamily.Overload => new HashSet<string> { DiagnosisCodes.Overload },
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "unknown family"),
    };

    /// <summary>The fault's signature applied to the clean operating point at a fraction 0..1 of the window.</summary>
    private static OperatingPoint Shape(SignatureFamily family, double t, double onset, OperatingPoint p, OperatingPoint normal, Well well, Random random)
    {
        var after = t >= onset;
        var ramp = t <= onset ? 0 : (t - onset) / (1 - onset);
        var full = Math.Clamp(t / 0.9, 0, 1);
        switch (family)
        {
            case SignatureFamily.GasInterference:
                // Ammeter chart: current fluctuates as gas slugs pass; intake pressure falls smoothly; GOR well up.
                return p with
                {
                    Current = p.Current * (0.92 + (0.16 * random.NextDouble())),
                    Flow = p.Flow * (0.7 + (0.25 * random.NextDouble())),
                    IntakePressure = p.IntakePressure * (1 - (0.2 * full)),
                    GasOilRatio = p.GasOilRatio * 3,
                };
            case SignatureFamily.GasLock:
                // Current decays erratically towards no-load as the pump fills with gas; flow almost stops.
                return p with
                {
                    Current = p.Current * (1 - (0.5 * full)) * (0.9 + (0.2 * random.NextDouble())),
                    Flow = p.Flow * (1 - (0.85 * full)) * (0.8 + (0.4 * random.NextDouble())),
                    IntakePressure = p.IntakePressure * (1 - (0.25 * full)),
                    GasOilRatio = p.GasOilRatio * 4,
                };
            case SignatureFamily.PumpOff:
                // Fluid level drawn down to the intake: pressure ends near 15 % of baseline, then load and flow fall.
                return p with
                {
                    IntakePressure = p.IntakePressure * (1 - (0.85 * full)),
                    Flow = p.Flow * (1 - (0.45 * full * full)),
                    Current = p.Current * (1 - (0.3 * full * full)),
                };
            case SignatureFamily.BrokenShaft:
                // In one scan: the motor runs unloaded (current ~ no-load, a quarter of rated) and the pump lifts nothing.
                return after
                    ? p with { Current = well.RatedMotorCurrentAmps * 0.25, Flow = p.Flow * 0.02, IntakePressure = p.IntakePressure * (1 + (0.15 * ramp)) }
                    : p;
            case SignatureFamily.ClosedValve:
                // Surface flow stops; the column stops moving so intake pressure builds; a radial pump at shut-in
                // head draws less current than at its operating point; the motor heats without fluid past it.
                return after
                    ? p with
                    {
                        Flow = p.Flow * 0.01,
                        IntakePressure = p.IntakePressure * (1 + (0.3 * Math.Min(1, ramp * 3))),
                        Current = p.Current * 0.7,
                        Temperature = p.Temperature + (12 * ramp),
                    }
                    : p;
            case SignatureFamily.TubingLeak:
                // Fluid recirculates: surface flow falls, the pump still moves fluid so current falls only a little.
                return p with { Flow = p.Flow * (1 - (0.3 * full)), Current = p.Current * (1 - (0.07 * full)) };
            case SignatureFamily.Scale:
                // Stages narrow: flow falls while the load (current) rises.
                return p with { Flow = p.Flow * (1 - (0.25 * full)), Current = p.Current * (1 + (0.12 * full)), IntakePressure = p.IntakePressure * (1 + (0.05 * full)) };
            case SignatureFamily.Overheating:
                return p with { Temperature = p.Temperature + ((well.MaxMotorTemperatureC - 4 - normal.Temperature) * full) };
            case SignatureFamily.HighVibration:
                return p with { Vibration = p.Vibration * (1 + (2.5 * full)) };
            case SignatureFamily.Overload:
                return p with { Current = well.RatedMotorCurrentAmps * (1.3 + (0.1 * full)) };
            case SignatureFamily.SensorSpikes:
                return random.NextDouble() < 0.05 ? p with { Current = p.Current * 2.5 } : p;
            case SignatureFamily.SensorDropout:
                return t >= onset && t < onset + 0.1 ? p with { IntakePressure = 0 } : p;
            case SignatureFamily.SensorStuck:
                return after ? p with { IntakePressure = normal.IntakePressure, Flow = normal.Flow } : p;
            case SignatureFamily.Startup:
                {
                    // VSD ramps from 30 Hz over the first fifth of the window; flow and load follow the affinity laws.
                    var ratio = Math.Min(1, 0.5 + (0.5 * t / 0.2));
                    return p with
                    {
                        Frequency = p.Frequency * ratio,
                        Flow = p.Flow * ratio,
                        Current = p.Current * (t < 0.05 ? 1.6 : ratio * ratio * ratio),
                        IntakePressure = p.IntakePressure * (1 + (0.3 * (1 - ratio))),
                    };
                }

            default:
                return p;
        }
    }

    private static List<WellTelemetryReading> Series(Well well, OperatingPoint point, int minutes, DateTimeOffset start, double noise, Random random, Func<double, OperatingPoint, OperatingPoint> shape)
    {
        var readings = new List<WellTelemetryReading>(minutes);
        for (var i = 0; i < minutes; i++)
        {
            var p = shape((double)i / (minutes - 1), point);
            double Noisy(double value) => Math.Max(0, value * (1 + (noise * Gaussian(random))));
            readings.Add(new WellTelemetryReading(
                start.AddMinutes(i),
                Noisy(p.Flow),
                Noisy(p.IntakePressure),
                Noisy(p.Current),
                p.Temperature + (noise * 20 * Gaussian(random)),
                Noisy(p.Vibration),
                p.Frequency,
                2,
                Noisy(p.Current) * 5,
                Noisy(p.GasOilRatio),
                1.5,
                2000,
                IsRunning: true));
        }

        return readings;
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private sealed record OperatingPoint(double Flow, double IntakePressure, double Current, double Temperature, double Vibration, double Frequency, double GasOilRatio)
    {
        public static OperatingPoint Normal(Well well, double intakePressure) => new(
            well.RatedFlowBblPerDay * 0.85, intakePressure, well.RatedMotorCurrentAmps * 0.8, well.RatedMotorTemperatureC - 15, 0.2, well.RatedFrequencyHz, 300);
    }
}
