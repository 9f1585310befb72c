using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>
/// Records poll job runs without slowing the polls: <see cref="Record"/> only offers a run to a bounded queue (a
/// full queue drops the run and counts it), and one background loop writes the queue in batches. Every scan the clock
/// finishes is offered. The recurring job <see cref="JobRunPruneJob"/> keeps the history short.
/// </summary>
public sealed partial class JobRunRecorder : BackgroundService
{
    private readonly Channel<JobRun> queue;
    private readonly JobRunStore store;
    private readonly JobRunOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<JobRunRecorder> logger;
    private long dropped;
    private long written;
    private long retries;

    public JobRunRecorder(JobRunStore store, Scanning.ScanClock clock, IOptions<JobRunOptions> options, TimeProvider time, ILogger<JobRunRecorder> logger)
    {
        this.store = store;
        clock.Scanned += Record;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
        queue = Channel.CreateBounded<JobRun>(new BoundedChannelOptions(this.options.QueueCapacity)
        {
            SingleReader = true,
            FullMode = BoundedChannelFullMode.DropWrite,
        }, _ => Interlocked.Increment(ref dropped));
    }

    /// <summary>Runs dropped because the queue was full (the database was slower than the polls for a while).</summary>
    public long Dropped => Interlocked.Read(ref dropped);

    /// <summary>Runs written to the database since start.</summary>
    public long Written => Interlocked.Read(ref written);

    /// <summary>Writes the database refused and that were tried again.</summary>
    public long Retries => Interlocked.Read(ref retries);

    public void Record(JobRun run) => queue.Writer.TryWrite(run);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<JobRun>(options.BatchSize);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await FillAsync(batch, stoppingToken);
                await WriteAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: write what was taken and what is still queued, without waiting on the stopped token.
            while (queue.Reader.TryRead(out var run))
            {
                batch.Add(run);
            }

            // A database that still refuses after a few seconds must not hold up the app's shutdown.
            using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await WriteAsync(batch, shutdown.Token);
            }
            catch (OperationCanceledException)
            {
                Interlocked.Add(ref dropped, batch.Count);
                LogStopDropped(batch.Count);
            }
        }
    }

    /// <summary>Waits for a first run, then collects until the batch is full or the flush interval has passed.</summary>
    private async Task FillAsync(List<JobRun> batch, CancellationToken stoppingToken)
    {
        using var flush = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        flush.CancelAfter(options.FlushInterval);
        try
        {
            while (batch.Count < options.BatchSize && await queue.Reader.WaitToReadAsync(flush.Token))
            {
                while (batch.Count < options.BatchSize && queue.Reader.TryRead(out var run))
                {
                    batch.Add(run);
                }
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The flush interval is up: write what there is.
        }
    }

    /// <summary>
    /// Writes the batch in short transactions, taking each written chunk off it. A write the database refuses is
    /// tried again with a growing delay, not dropped; meanwhile the bounded queue takes new runs and drops (and
    /// counts) only what overflows it. Cancellation leaves the unwritten runs in the batch.
    /// </summary>
    private async Task WriteAsync(List<JobRun> batch, CancellationToken cancellationToken)
    {
        var delay = options.RetryDelay;
        while (batch.Count > 0)
        {
            var chunk = batch.GetRange(0, Math.Min(options.RunsPerTransaction, batch.Count));
            try
            {
                await store.InsertAsync(chunk, cancellationToken);
                Interlocked.Add(ref written, chunk.Count);
                batch.RemoveRange(0, chunk.Count);
                delay = options.RetryDelay;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                Interlocked.Increment(ref retries);
                LogWriteRetried(ex, batch.Count, delay);
                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.RetryMaxDelay.Ticks));
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Count} job run(s) to the history; trying again in {Delay}")]
    private partial void LogWriteRetried(Exception ex, int count, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Count} job run(s) to the history while stopping; they are dropped")]
    private partial void LogStopDropped(int count);
}
