namespace HmiApp.Domain.Acquisition;

/// <summary>
/// Where acquisition hands the samples that passed the deadband (the historian). Acquisition takes every
/// registered sink; with none registered, samples go nowhere and live values still work.
/// </summary>
public interface IPointSampleSink
{
    ValueTask WriteAsync(ReadOnlyMemory<PointSample> samples, CancellationToken cancellationToken);
}
