namespace HmiApp.Domain.Wells;

/// <summary>A well's readings over a span of time, oldest first, and the features diagnoses are built on.</summary>
public sealed class TelemetryWindow
{
    private readonly WellTelemetryReading[] _readings;

    public TelemetryWindow(Well well, IEnumerable<WellTelemetryReading> readings)
    {
        Well = well;
        _readings = readings.OrderBy(r => r.Timestamp).ToArray();
        if (_readings.Length == 0)
        {
            throw new ArgumentException("a telemetry window needs at least one reading", nameof(readings));
        }
    }

    public Well Well { get; }

    public IReadOnlyList<WellTelemetryReading> Readings => _readings;

    public DateTimeOffset Start => _readings[0].Timestamp;

    public DateTimeOffset End => _readings[^1].Timestamp;

    public TimeSpan Span => End - Start;

    public double ValueAt(int index, TelemetrySignal signal) => signal == TelemetrySignal.FluidVelocityPastMotor
        ? Well.FluidVelocityPastMotorFeetPerSecond(_readings[index].FlowRateBblPerDay)
        : _readings[index].ValueOf(signal);

    public double Latest(TelemetrySignal signal) => ValueAt(_readings.Length - 1, signal);

    public double Mean(TelemetrySignal signal) => Values(signal).Average();

    public double Minimum(TelemetrySignal signal) => Values(signal).Min();

    public double Maximum(TelemetrySignal signal) => Values(signal).Max();

    public double Variance(TelemetrySignal signal)
    {
        var values = Values(signal);
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / values.Length;
    }

    public double CoefficientOfVariation(TelemetrySignal signal) => Relative(Math.Sqrt(Variance(signal)), Mean(signal));

    /// <summary>Least-squares slope against time, per minute; 0 when the window has no time extent.</summary>
    public double SlopePerMinute(TelemetrySignal signal)
    {
        var (slope, _) = LeastSquares(signal);
        return slope;
    }

    public double Erraticness(TelemetrySignal signal)
    {
        var (slope, intercept) = LeastSquares(signal);
        var values = Values(signal);
        var sumSquares = 0.0;
        for (var i = 0; i < values.Length; i++)
        {
            var residual = values[i] - (intercept + (slope * MinutesFromStart(i)));
            sumSquares += residual * residual;
        }

        return Relative(Math.Sqrt(sumSquares / values.Length), values.Average());
    }

    public double RatioToRated(TelemetrySignal signal) => Relative(Mean(signal), RatedValueOf(signal));

    public double RatioToBaseline(TelemetrySignal signal, TelemetryBaseline baseline) => Relative(Mean(signal), baseline.MeanOf(signal));

    public double HeadroomToLimit(TelemetrySignal signal) => LimitOf(signal) - Mean(signal);

    public double Feature(TelemetryFeature feature, TelemetrySignal signal, TelemetryBaseline baseline) => feature switch
    {
        TelemetryFeature.Latest => Latest(signal),
        TelemetryFeature.Mean => Mean(signal),
        TelemetryFeature.SlopePerMinute => SlopePerMinute(signal),
        TelemetryFeature.Variance => Variance(signal),
        TelemetryFeature.CoefficientOfVariation => CoefficientOfVariation(signal),
        TelemetryFeature.Erraticness => Erraticness(signal),
        TelemetryFeature.Minimum => Minimum(signal),
        TelemetryFeature.Maximum => Maximum(signal),
        TelemetryFeature.RatioToRated => RatioToRated(signal),
        TelemetryFeature.RatioToBaseline => RatioToBaseline(signal, baseline),
        TelemetryFeature.HeadroomToLimit => HeadroomToLimit(signal),
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, "unknown feature"),
    };

    /// <summary>Signals with a nameplate value; only these support <see cref="TelemetryFeature.RatioToRated"/>.</summary>
    public static bool HasRatedValue(TelemetrySignal signal) => signal is TelemetrySignal.FlowRate
        or TelemetrySignal.MotorCurrent or TelemetrySignal.VsdFrequency or TelemetrySignal.MotorTemperature;

    /// <summary>Signals with a hard limit on the well; only these support <see cref="TelemetryFeature.HeadroomToLimit"/>.</summary>
    public static bool HasLimit(TelemetrySignal signal) => signal == TelemetrySignal.MotorTemperature;

    private double RatedValueOf(TelemetrySignal signal) => signal switch
    {
        TelemetrySignal.FlowRate => Well.RatedFlowBblPerDay,
        TelemetrySignal.MotorCurrent => Well.RatedMotorCurrentAmps,
        TelemetrySignal.VsdFrequency => Well.RatedFrequencyHz,
        TelemetrySignal.MotorTemperature => Well.RatedMotorTemperatureC,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "the well has no rated value for this signal"),
    };

    private double LimitOf(TelemetrySignal signal) => signal == TelemetrySignal.MotorTemperature
        ? Well.MaxMotorTemperatureC
        : throw new ArgumentOutOfRangeException(nameof(signal), signal, "the well has no limit for this signal");

    /// <summary>A ratio that stays defined at a zero denominator: 0/0 is "unchanged" (1), x/0 is unbounded.</summary>
    private static double Relative(double value, double reference)
    {
        if (reference != 0)
        {
            return value / Math.Abs(reference);
        }

        return value == 0 ? 1 : Math.CopySign(double.PositiveInfinity, value);
    }

    private double MinutesFromStart(int index) => (_readings[index].Timestamp - Start).TotalMinutes;

    private (double Slope, double Intercept) LeastSquares(TelemetrySignal signal)
    {
        var values = Values(signal);
        var meanT = Enumerable.Range(0, values.Length).Average(MinutesFromStart);
        var meanV = values.Average();
        double sxy = 0, sxx = 0;
        for (var i = 0; i < values.Length; i++)
        {
            var dt = MinutesFromStart(i) - meanT;
            sxy += dt * (values[i] - meanV);
            sxx += dt * dt;
        }

        var slope = sxx == 0 ? 0 : sxy / sxx;
        return (slope, meanV - (slope * meanT));
    }

    private double[] Values(TelemetrySignal signal)
    {
        var values = new double[_readings.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = ValueAt(i, signal);
        }

        return values;
    }
}
