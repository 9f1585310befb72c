using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;

namespace HmiApp.Domain.Wells;

/// <summary>
/// Which acquisition point carries each telemetry field of a well, and which writable point takes each
/// command. A well's readings are assembled from its bound points only when every field of a reading is
/// bound: a reading with a made-up field would feed the diagnosis a value nobody measured.
/// </summary>
public sealed class WellPointBindings
{
    /// <summary>Tag keys of the simulated plant's points (and of any map that follows its convention).</summary>
    public const string WellTag = "well";
    public const string SignalTag = "signal";

    public WellPointBindings(IReadOnlyDictionary<TelemetrySignal, PointKey> telemetry, IReadOnlyDictionary<WellControl, PointKey> commands)
    {
        foreach (var signal in telemetry.Keys)
        {
            if (!ReadingSignals.Contains(signal))
            {
                throw new ArgumentException($"{signal} is derived from other fields and cannot be bound to a point", nameof(telemetry));
            }
        }

        Telemetry = new Dictionary<TelemetrySignal, PointKey>(telemetry);
        Controls = new Dictionary<WellControl, PointKey>(commands);
    }

    /// <summary>The fields of a reading, in the order a reading lists them.</summary>
    public static IReadOnlyList<TelemetrySignal> ReadingSignals { get; } =
        Enum.GetValues<TelemetrySignal>().Where(s => s != TelemetrySignal.FluidVelocityPastMotor).ToArray();

    public static WellPointBindings None { get; } = new(new Dictionary<TelemetrySignal, PointKey>(), new Dictionary<WellControl, PointKey>());

    public IReadOnlyDictionary<TelemetrySignal, PointKey> Telemetry { get; }

    public IReadOnlyDictionary<WellControl, PointKey> Controls { get; }

    public bool IsEmpty => Telemetry.Count == 0 && Controls.Count == 0;

    public IReadOnlyList<TelemetrySignal> Unbound => ReadingSignals.Where(s => !Telemetry.ContainsKey(s)).ToList();

    /// <summary>True when every field of a reading has a point, so readings can be assembled from points.</summary>
    public bool FeedsTelemetry => Unbound.Count == 0;

    /// <summary>
    /// The default binding: the points tagged <c>well:&lt;id&gt;</c> whose <c>signal</c> tag names a reading
    /// field or a command (the simulated plant's map tags every well register so).
    /// </summary>
    public static WellPointBindings FromTags(string wellId, IEnumerable<Point> points)
    {
        var telemetry = new Dictionary<TelemetrySignal, PointKey>();
        var commands = new Dictionary<WellControl, PointKey>();
        foreach (var point in points)
        {
            var tags = point.Tags.Values;
            if (!tags.TryGetValue(WellTag, out var well) || !string.Equals(well, wellId, StringComparison.OrdinalIgnoreCase)
                || !tags.TryGetValue(SignalTag, out var signalName))
            {
                continue;
            }

            if (Enum.TryParse<TelemetrySignal>(signalName, ignoreCase: false, out var signal) && ReadingSignals.Contains(signal))
            {
                telemetry.TryAdd(signal, point.Key);
            }
            else if (Enum.TryParse<WellControl>(signalName, ignoreCase: false, out var command))
            {
                commands.TryAdd(command, point.Key);
            }
        }

        return new WellPointBindings(telemetry, commands);
    }

    /// <summary>Every binding that does not fit the map, naming the field and the point.</summary>
    public IReadOnlyList<string> Validate(PointMap map)
    {
        var points = map.Points.ToDictionary(p => p.Key, PointKey.Comparer);
        var errors = new List<string>();
        foreach (var (signal, key) in Telemetry)
        {
            if (!points.TryGetValue(key, out var point))
            {
                errors.Add($"{signal}: point {key} is not in the point map");
            }
            else if (point.Encoding.DataType == PointDataType.String)
            {
                errors.Add($"{signal}: point {key} holds text, not a number");
            }
        }

        foreach (var (command, key) in Controls)
        {
            if (!points.TryGetValue(key, out var point))
            {
                errors.Add($"{command}: point {key} is not in the point map");
            }
            else if (!point.Writable || !point.Table.IsWritable())
            {
                errors.Add($"{command}: point {key} is not writable");
            }
        }

        return errors;
    }

    /// <summary>A reading from one value per field; only valid when <see cref="FeedsTelemetry"/>.</summary>
    public WellTelemetryReading Assemble(DateTimeOffset timestamp, Func<TelemetrySignal, double> valueOf)
    {
        if (!FeedsTelemetry)
        {
            throw new InvalidOperationException($"fields without a point: {string.Join(", ", Unbound)}");
        }

        return new WellTelemetryReading(
            timestamp,
            valueOf(TelemetrySignal.FlowRate),
            valueOf(TelemetrySignal.PumpIntakePressure),
            valueOf(TelemetrySignal.MotorCurrent),
            valueOf(TelemetrySignal.MotorTemperature),
            valueOf(TelemetrySignal.Vibration),
            valueOf(TelemetrySignal.VsdFrequency),
            valueOf(TelemetrySignal.FlowVariance),
            valueOf(TelemetrySignal.Torque),
            valueOf(TelemetrySignal.GasOilRatio),
            valueOf(TelemetrySignal.CurrentUnbalance),
            valueOf(TelemetrySignal.InsulationResistance),
            valueOf(TelemetrySignal.Running) != 0);
    }
}
