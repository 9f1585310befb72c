using System.Diagnostics;
using System.Threading.Channels;
using HmiApp.Domain.Acquisition;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// The historian as acquisition sees it: samples go into a bounded queue (acquisition waits when it is
/// full) and one background loop writes them in batches. A batch the database refuses is kept in the
/// backlog (memory, then the spill file) and retried with backoff, oldest first, while new samples keep
/// joining the backlog behind it; nothing is dropped. At shutdown whatever cannot be written is saved
/// to the spill file, which the next start replays first.
/// </summary>
public sealed partial class HistorianWriter : BackgroundService, IPointSampleSink
{
    private static readonly TimeSpan FirstRetry = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan LastRetry = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan ShutdownBudget = TimeSpan.FromSeconds(5);

    private readonly Channel<PointSample> queue;
    private readonly IHistoryStore store;
    private readonly HistorianOptions options;
    private readonly SampleBacklog backlog;
    private readonly HistorianMetrics metrics;
    private readonly ILogger<HistorianWriter> logger;
    private readonly TimeProvider clock;
    private List<PointSample> filling;
    private volatile bool running;
    private long writtenSamples;

    public HistorianWriter(IHistoryStore store, HistorianOptions options, string spillDirectory, HistorianMetrics metrics, TimeProvider clock, ILogger<HistorianWriter> logger)
    {
        this.store = store;
        this.options = options;
        this.metrics = metrics;
        this.clock = clock;
        this.logger = logger;
        queue = Channel.CreateBounded<PointSample>(new BoundedChannelOptions(options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.Wait,
        });
        backlog = new SampleBacklog(SpillFile.Open(spillDirectory), options.MemoryBufferSamples);
        filling = new List<PointSample>(options.BatchSize);
        metrics.Depth = () => (queue.Reader.Count, backlog.MemorySamples, backlog.SpillSamples);
    }

    /// <summary>True while the loop runs (readiness).</summary>
    public bool IsRunning => running;

    /// <summary>Samples accepted but not yet in the database.</summary>
    public long BufferedSamples => queue.Reader.Count + backlog.MemorySamples + backlog.SpillSamples;

    /// <summary>Samples written to the database since this writer was created.</summary>
    public long WrittenSamples => Interlocked.Read(ref writtenSamples);

    public async ValueTask WriteAsync(ReadOnlyMemory<PointSample> samples, CancellationToken cancellationToken)
    {
        for (var i = 0; i < samples.Length; i++)
        {
            var sample = samples.Span[i];
            if (!queue.Writer.TryWrite(sample))
            {
                await queue.Writer.WriteAsync(sample, cancellationToken);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        running = true;
        if (!backlog.IsEmpty)
        {
            LogReplaying(backlog.SpillSamples);
        }

        var retry = FirstRetry;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (backlog.IsEmpty)
                {
                    await FillBatchAsync(stoppingToken);
                    var batch = TakeFilling();
                    if (!await TryWriteAsync(batch, mayRepeat: false, CancellationToken.None))
                    {
                        backlog.Append(batch);
                    }

                    continue;
                }

                MoveQueueToBacklog(untilEmpty: true);
                if (await TryWriteAsync(backlog.Oldest()!, mayRepeat: true, CancellationToken.None))
                {
                    backlog.RemoveOldest();
                    retry = FirstRetry;
                    if (backlog.IsEmpty)
                    {
                        LogCaughtUp();
                    }
                }
                else
                {
                    await WaitAcceptingAsync(retry, stoppingToken);
                    retry = TimeSpan.FromTicks(Math.Min(retry.Ticks * 2, LastRetry.Ticks));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: what is left is handled below.
        }
        finally
        {
            await ShutDownAsync();
            running = false;
        }
    }

    public override void Dispose()
    {
        base.Dispose();
        backlog.Dispose();
    }

    /// <summary>Waits for a first sample, then collects until the batch is full or the flush interval has passed.</summary>
    private async Task FillBatchAsync(CancellationToken stoppingToken)
    {
        while (filling.Count == 0)
        {
            if (!await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                throw new OperationCanceledException(stoppingToken);
            }

            Drain();
        }

        using var flush = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        flush.CancelAfter(options.FlushInterval);
        try
        {
            while (filling.Count < options.BatchSize && await queue.Reader.WaitToReadAsync(flush.Token))
            {
                Drain();
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // Flush interval reached: write what there is.
        }

        void Drain()
        {
            while (filling.Count < options.BatchSize && queue.Reader.TryRead(out var sample))
            {
                filling.Add(sample);
            }
        }
    }

    private List<PointSample> TakeFilling()
    {
        var batch = filling;
        filling = new List<PointSample>(options.BatchSize);
        return batch;
    }

    private void MoveQueueToBacklog(bool untilEmpty)
    {
        while (queue.Reader.TryRead(out var sample))
        {
            filling.Add(sample);
            if (filling.Count == options.BatchSize)
            {
                backlog.Append(TakeFilling());
            }
        }

        if (untilEmpty && filling.Count > 0)
        {
            backlog.Append(TakeFilling());
        }
    }

    /// <summary>Waits out a retry delay but keeps taking samples off the queue, so that acquisition is never held up by an outage.</summary>
    private async Task WaitAcceptingAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        var until = clock.GetUtcNow() + delay;
        for (var left = delay; left > TimeSpan.Zero; left = until - clock.GetUtcNow())
        {
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(left);
            try
            {
                await queue.Reader.WaitToReadAsync(wait.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                return;
            }

            MoveQueueToBacklog(untilEmpty: false);
        }
    }

    private async Task<bool> TryWriteAsync(IReadOnlyList<PointSample> batch, bool mayRepeat, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await store.WriteAsync(batch, mayRepeat, cancellationToken);
            Interlocked.Add(ref writtenSamples, batch.Count);
            metrics.BatchWritten(batch.Count, Stopwatch.GetElapsedTime(started));
            return true;
        }
        catch (Exception ex)
        {
            metrics.BatchFailed(batch.Count, Stopwatch.GetElapsedTime(started));
            LogWriteFailed(batch.Count, BufferedSamples, ex.Message);
            return false;
        }
    }

    /// <summary>Writes what it can within a short budget, then saves everything left to the spill file.</summary>
    private async Task ShutDownAsync()
    {
        // A sample handed over after this point would be lost silently; closing the queue makes it an error instead.
        queue.Writer.TryComplete();
        MoveQueueToBacklog(untilEmpty: true);
        var deadline = clock.GetUtcNow() + ShutdownBudget;
        while (!backlog.IsEmpty && clock.GetUtcNow() < deadline)
        {
            using var budget = new CancellationTokenSource(deadline - clock.GetUtcNow());
            if (!await TryWriteAsync(backlog.Oldest()!, mayRepeat: true, budget.Token))
            {
                break;
            }

            backlog.RemoveOldest();
        }

        if (!backlog.IsEmpty)
        {
            backlog.SaveToDisk();
            LogSavedForNextStart(backlog.SpillSamples);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Historian write of {Count} samples failed; kept and retried ({Buffered} samples waiting): {Reason}")]
    private partial void LogWriteFailed(int count, long buffered, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Historian caught up: every buffered sample is written")]
    private partial void LogCaughtUp();

    [LoggerMessage(Level = LogLevel.Information, Message = "Historian replays {Count} samples spilled before the last stop")]
    private partial void LogReplaying(long count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Historian stopped with {Count} samples not yet written; they are in the spill file for the next start")]
    private partial void LogSavedForNextStart(long count);
}
