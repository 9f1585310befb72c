using System.Collections.Concurrent;
using HmiApp.Domain.Acquisition;

namespace HmiApp.Tests.Acquisition;

/// <summary>A sample sink that keeps what it was given, as the historian would receive it.</summary>
public sealed class RecordingSink : IPointSampleSink
{
    public ConcurrentQueue<PointSample> Samples { get; } = new();

    public ValueTask WriteAsync(ReadOnlyMemory<PointSample> samples, CancellationToken cancellationToken)
    {
        foreach (var sample in samples.Span)
        {
            Samples.Enqueue(sample);
        }

        return ValueTask.CompletedTask;
    }
}
