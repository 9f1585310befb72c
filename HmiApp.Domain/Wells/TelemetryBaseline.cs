namespace HmiApp.Domain.Wells;

/// <summary>
/// The mean of every signal over an earlier period the operator judged normal (typically a stable hour after
/// start-up at the current frequency setpoint). "Ratio to baseline" features divide by these means, so a
/// well is compared with itself rather than with its nameplate.
/// </summary>
public sealed class TelemetryBaseline
{
    private readonly IReadOnlyDictionary<TelemetrySignal, double> _means;

    public TelemetryBaseline(DateTimeOffset from, DateTimeOffset to, IReadOnlyDictionary<TelemetrySignal, double> means)
    {
        if (to < from)
        {
            throw new ArgumentException($"baseline period ends ({to:O}) before it starts ({from:O})", nameof(to));
        }

        foreach (var signal in Enum.GetValues<TelemetrySignal>())
        {
            if (!means.TryGetValue(signal, out var mean))
            {
                throw new ArgumentException($"baseline has no mean for signal {signal}", nameof(means));
            }

            if (!double.IsFinite(mean) || mean < 0)
            {
                throw new ArgumentException($"baseline mean for {signal} = {mean} is invalid: must be a finite number >= 0", nameof(means));
            }
        }

        From = from;
        To = to;
        _means = new Dictionary<TelemetrySignal, double>(means);
    }

    public DateTimeOffset From { get; }

    public DateTimeOffset To { get; }

    /// <summary>Takes every signal's mean over a window the caller knows to be normal operation.</summary>
    public static TelemetryBaseline FromWindow(TelemetryWindow normalWindow)
    {
        var means = Enum.GetValues<TelemetrySignal>().ToDictionary(s => s, normalWindow.Mean);
        return new TelemetryBaseline(normalWindow.Start, normalWindow.End, means);
    }

    public double MeanOf(TelemetrySignal signal) => _means[signal];
}
