using System.Threading.Channels;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// Writes journal entries to the database in batches, behind a bounded queue. A failed write is
/// retried with a growing pause until it succeeds: an entry is never dropped. When the queue is full,
/// <see cref="Append"/> waits, which slows the producer instead of losing a transition.
/// </summary>
public sealed class AlarmJournalWriter(IServiceScopeFactory scopes, AlarmOptions options, TimeProvider time, ILogger<AlarmJournalWriter> logger)
    : BackgroundService, IAlarmJournalSink
{
    private readonly Channel<AlarmJournalEntry> queue = Channel.CreateBounded<AlarmJournalEntry>(
        new BoundedChannelOptions(options.JournalQueueCapacity) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    private long written;

    /// <summary>Entries waiting for the database.</summary>
    public int Pending => queue.Reader.Count;

    /// <summary>Entries written since start-up.</summary>
    public long Written => Interlocked.Read(ref written);

    public void Append(IReadOnlyList<AlarmJournalEntry> entries)
    {
        foreach (var entry in entries)
        {
            if (!queue.Writer.TryWrite(entry))
            {
                queue.Writer.WriteAsync(entry).AsTask().GetAwaiter().GetResult();
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<AlarmJournalEntry>(options.JournalBatchSize);
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken))
            {
                Drain(batch);
                await WriteWithRetryAsync(batch, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: what is still queued gets one last attempt, so a clean stop loses nothing.
            Drain(batch);
            while (batch.Count > 0)
            {
                await WriteOnceAsync(batch, CancellationToken.None);
                Drain(batch);
            }
        }
    }

    private void Drain(List<AlarmJournalEntry> batch)
    {
        while (batch.Count < options.JournalBatchSize && queue.Reader.TryRead(out var entry))
        {
            batch.Add(entry);
        }
    }

    private async Task WriteWithRetryAsync(List<AlarmJournalEntry> batch, CancellationToken cancellationToken)
    {
        var delay = options.JournalRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await WriteOnceAsync(batch, cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Writing {Count} alarm journal entries failed (attempt {Attempt}); retrying in {Delay}", batch.Count, attempt, delay);
                await Task.Delay(delay, time, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, options.JournalRetryMaxDelay.Ticks));
            }
        }
    }

    private async Task WriteOnceAsync(List<AlarmJournalEntry> batch, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        db.AlarmJournal.AddRange(batch.Select(AlarmJournalRow.From));
        await db.SaveChangesAsync(cancellationToken);
        Interlocked.Add(ref written, batch.Count);
        batch.Clear();
    }
}
