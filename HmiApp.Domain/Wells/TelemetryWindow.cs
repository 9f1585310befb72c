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

    /// <summary>
    /// Mean of the newest tenth of the window (at least one reading): where a trend ended, which the window mean
    /// hides when a pressure falls steadily through the hour.
    /// </summary>
    public double EndLevel(TelemetrySignal signal)
    {
        var values = Values(signal);
        var count = Math.Max(1, values.Length / 10);
        return values[^count..].Average();
    }

    /// <summary>
    /// The split that best explains the window as two flat levels (the standard single change-point statistic:
    /// the difference of segment means weighted by sqrt(k(n-k)/n), so a split near an edge needs a larger jump).
    /// Null with fewer than four readings. A ramp also yields a split; whether it is a step is judged by comparing
    /// <see cref="SignalStep.Change"/> with <see cref="SuccessiveDifferenceErraticness"/>.
    /// </summary>
    public SignalStep? Step(TelemetrySignal signal)
    {
        var values = Values(signal);
        var n = values.Length;
        if (n < 4)
        {
            return null;
        }

        var total = values.Sum();
        double prefix = 0, bestScore = -1;
        var bestIndex = 1;
        for (var k = 1; k < n; k++)
        {
            prefix += values[k - 1];
            var before = prefix / k;
            var after = (total - prefix) / (n - k);
            var score = Math.Abs(after - before) * Math.Sqrt((double)k * (n - k) / n);
            if (score > bestScore)
            {
                bestScore = score;
                bestIndex = k;
            }
        }

        var levelBefore = values[..bestIndex].Average();
        var levelAfter = values[bestIndex..].Average();
        return new SignalStep(signal, bestIndex, _readings[bestIndex].Timestamp, levelBefore, levelAfter);
    }

    /// <summary>Where the step falls, 0 at the window start to 1 at its end; 1 when the window is too short for a step.</summary>
    public double StepOnsetFraction(TelemetrySignal signal)
    {
        var step = Step(signal);
        return step is null || Span == TimeSpan.Zero ? 1 : (step.At - Start) / Span;
    }

    /// <summary>
    /// Noise level from successive differences, relative to the mean: median |x[i+1]-x[i]| / (0.6745 * sqrt 2) is the
    /// standard deviation of white noise. A ramp adds only its tiny per-sample rise, and one step adds one large
    /// difference that the median ignores, so neither fakes fluctuation the way a plain standard deviation does.
    /// </summary>
    public double SuccessiveDifferenceErraticness(TelemetrySignal signal)
    {
        var values = Values(signal);
        if (values.Length < 2)
        {
            return 0;
        }

        var differences = new double[values.Length - 1];
        for (var i = 0; i < differences.Length; i++)
        {
            differences[i] = Math.Abs(values[i + 1] - values[i]);
        }

        Array.Sort(differences);
        var mid = differences.Length / 2;
        var median = differences.Length % 2 == 1 ? differences[mid] : (differences[mid - 1] + differences[mid]) / 2;
        return Relative(median / (0.6745 * Math.Sqrt(2)), values.Average());
    }

    /// <summary>
    /// Signals whose step is at least <paramref name="minRelativeChange"/> of their level before, earliest first:
    /// which moved together and in what order (a closed valve drops flow before intake pressure rises; a broken
    /// shaft drops current and flow in the same scan).
    /// </summary>
    public IReadOnlyList<SignalStep> StepsInOrder(IEnumerable<TelemetrySignal> signals, double minRelativeChange) => signals
        .Select(Step)
        .OfType<SignalStep>()
        .Where(s => Math.Abs(s.RelativeChange) >= minRelativeChange)
        .OrderBy(s => s.FirstIndexAfter)
        .ToArray();

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
        TelemetryFeature.EndLevel => EndLevel(signal),
        TelemetryFeature.EndRatioToBaseline => Relative(EndLevel(signal), baseline.MeanOf(signal)),
        TelemetryFeature.EndRatioToRated => Relative(EndLevel(signal), RatedValueOf(signal)),
        TelemetryFeature.EndHeadroomToLimit => LimitOf(signal) - EndLevel(signal),
        TelemetryFeature.StepRelativeChange => Step(signal)?.RelativeChange ?? 0,
        TelemetryFeature.StepOnsetFraction => StepOnsetFraction(signal),
        TelemetryFeature.SuccessiveDifferenceErraticness => SuccessiveDifferenceErraticness(signal),
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
