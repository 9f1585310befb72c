using System.Threading.Channels;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// Stores readings in batches: one transaction per batch instead of one per reading, so a plant of wells
/// scanned every second does not become a commit per reading.
/// </summary>
public sealed partial class WellTelemetryWriter(IServiceScopeFactory scopes, ILogger<WellTelemetryWriter> logger) : BackgroundService
{
    private const int MaxBatch = 1000;

    private readonly Channel<WellTelemetryRecord> queue = Channel.CreateBounded<WellTelemetryRecord>(
        new BoundedChannelOptions(100_000) { FullMode = BoundedChannelFullMode.Wait, SingleReader = true });

    public ValueTask EnqueueAsync(string wellId, WellTelemetryReading reading, CancellationToken cancellationToken) =>
        queue.Writer.WriteAsync(WellTelemetryRecord.From(wellId, reading), cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<WellTelemetryRecord>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync(stoppingToken))
        {
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var record))
            {
                batch.Add(record);
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
                db.WellTelemetry.AddRange(batch);
                await db.SaveChangesAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The readings stay in the diagnosis windows; only their history is lost, and the log says so.
                LogStoreFailed(batch.Count, ex.Message);
            }

            batch.Clear();
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Could not store {Count} well readings: {Reason}")]
    private partial void LogStoreFailed(int count, string reason);
}
