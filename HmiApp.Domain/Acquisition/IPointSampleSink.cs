namespace HmiApp.Domain.Acquisition;

/// <summary>Where acquisition hands the samples it read; the historian is one.</summary>
public interface IPointSampleSink { ValueTask WriteAsync(ReadOnlyMemory<PointSample> samples, CancellationToken cancellationToken); }
