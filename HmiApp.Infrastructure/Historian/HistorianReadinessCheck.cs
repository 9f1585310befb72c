using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace HmiApp.Infrastructure.Historian;

/// <summary>Ready while the writer runs and fewer than <see cref="HistorianOptions.ReadyBufferDepth"/> samples wait for the database.</summary>
public sealed class HistorianReadinessCheck(HistorianWriter writer, HistorianOptions options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var buffered = writer.BufferedSamples;
        var data = new Dictionary<string, object> { ["bufferedSamples"] = buffered, ["threshold"] = options.ReadyBufferDepth };
        if (!writer.IsRunning)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Historian writer is not running.", data: data));
        }

        return Task.FromResult(buffered >= options.ReadyBufferDepth
            ? HealthCheckResult.Unhealthy($"{buffered} samples wait for the database (threshold {options.ReadyBufferDepth}, Historian:ReadyBufferDepth).", data: data)
            : HealthCheckResult.Healthy($"Writer running, {buffered} samples waiting.", data));
    }
}
