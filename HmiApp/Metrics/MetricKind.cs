namespace HmiApp.Metrics;

/// <summary>The Prometheus type an instrument is exported as.</summary>
public enum MetricKind
{
    Counter,
    Gauge,
    Histogram,
}
