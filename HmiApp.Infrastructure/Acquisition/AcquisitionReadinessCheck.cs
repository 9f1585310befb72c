using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Quartz;

namespace HmiApp.Infrastructure.Acquisition;

/// <summary>Ready when the scheduler runs and the point map is loaded (or acquisition is switched off).</summary>
public sealed class AcquisitionReadinessCheck(ISchedulerFactory schedulers, AcquisitionService service, IOptions<AcquisitionOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return HealthCheckResult.Healthy("Acquisition is switched off (Acquisition:Enabled = false).");
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var status = await scheduler.GetStatus(cancellationToken);
        if (status != SchedulerStatus.Running)
        {
            return HealthCheckResult.Unhealthy($"The poll scheduler is {status}, not running.");
        }

        return service.Loaded
            ? HealthCheckResult.Healthy("Poll scheduler running, point map loaded.")
            : HealthCheckResult.Unhealthy("The point map is not loaded yet.");
    }
}
