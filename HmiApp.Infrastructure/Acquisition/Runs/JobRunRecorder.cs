using System.Threading.Channels;
using HmiApp.Infrastructure.Acquisition.Polling;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>
/// Records poll job runs without slowing the polls: <see cref="Record"/> only offers a run to a bounded queue (a
/// full queue drops the run and counts it), and one background loop writes the queue in batches and prunes the
/// history by age and count. Hooks its <see cref="JobRunListener"/> into the scheduler when it starts.
/// </summary>
public sealed partial class JobRunRecorder : BackgroundService
{
    private readonly Channel<JobRun> queue;
    private readonly JobRunStore store;
    private readonly ISchedulerFactory schedulers;
    private readonly JobRunOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<JobRunRecorder> logger;
    private long dropped;
    private long written;

    public JobRunRecorder(JobRunStore store, ISchedulerFactory schedulers, IOptions<JobRunOptions> options, TimeProvider time, ILogger<JobRunRecorder> logger)
    {
        this.store = store;
        this.schedulers = schedulers;
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

    public void Record(JobRun run) => queue.Writer.TryWrite(run);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        scheduler.ListenerManager.AddJobListener(new JobRunListener(this), GroupMatcher<JobKey>.GroupEquals(PollJobKeys.Group));
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<JobRun>(options.BatchSize);
        var nextPrune = time.GetUtcNow();
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (time.GetUtcNow() >= nextPrune)
                {
                    await PruneAsync(stoppingToken);
                    nextPrune = time.GetUtcNow() + options.PruneInterval;
                }

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

            await WriteAsync(batch, CancellationToken.None);
        }
    }

    /// <summary>Waits for a first run, then collects until the batch is full or the flush interval (or prune time) has passed.</summary>
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

    private async Task WriteAsync(List<JobRun> batch, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return;
        }

        try
        {
            await store.InsertAsync(batch, cancellationToken);
            Interlocked.Add(ref written, batch.Count);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The history is a diagnostic aid: a batch the database refuses is dropped, never retried at the polls' cost.
            Interlocked.Add(ref dropped, batch.Count);
            LogWriteFailed(ex, batch.Count);
        }

        batch.Clear();
    }

    private async Task PruneAsync(CancellationToken cancellationToken)
    {
        try
        {
            var deleted = await store.PruneAsync(time.GetUtcNow() - options.MaxAge, options.MaxRunsPerJob, cancellationToken);
            if (deleted > 0)
            {
                LogPruned(deleted);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogPruneFailed(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not write {Count} job run(s) to the history; they are dropped")]
    private partial void LogWriteFailed(Exception ex, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Pruned {Count} job run(s) from the history")]
    private partial void LogPruned(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not prune the job-run history")]
    private partial void LogPruneFailed(Exception ex);
}
