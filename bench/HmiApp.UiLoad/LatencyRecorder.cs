using System.Globalization;

namespace HmiApp.UiLoad;

/// <summary>Latencies in milliseconds from many threads; only while recording.</summary>
public sealed class LatencyRecorder
{
    private readonly List<double> values = [];
    private volatile bool recording;

    public void Start()
    {
        lock (values)
        {
            values.Clear();
        }

        recording = true;
    }

    public List<double> Stop()
    {
        recording = false;
        lock (values)
        {
            return [.. values];
        }
    }

    public void Add(double milliseconds)
    {
        if (!recording)
        {
            return;
        }

        lock (values)
        {
            values.Add(milliseconds);
        }
    }

    /// <summary>"N updates, p50 .. ms, p95 .. ms, max .. ms" (nearest-rank percentiles).</summary>
    public static string Describe(List<double> samples)
    {
        if (samples.Count == 0)
        {
            return "no updates seen";
        }

        samples.Sort();
        double At(double q) => samples[Math.Min(samples.Count - 1, (int)Math.Ceiling(q * samples.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{samples.Count} updates, p50 {At(0.5):0} ms, p95 {At(0.95):0} ms, max {samples[^1]:0} ms");
    }
}
