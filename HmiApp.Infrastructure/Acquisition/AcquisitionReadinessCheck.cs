using HmiApp.Infrastructure.Acquisition.Scanning;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition;

/// <summary>Ready when the scan clock runs and the point map is loaded (or acquisition is switched off).</summary>
public sealed class AcquisitionReadinessCheck(ScanClock clock, AcquisitionService service, IOptions<AcquisitionOptions> options) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!options.Value.Enabled)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Acquisition is switched off (Acquisition:Enabled = false)."));
        }

        if (!clock.Running)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("The scan clock is stopped."));
        }

        return Task.FromResult(service.Loaded
            ? HealthCheckResult.Healthy($"Scan clock running {clock.Jobs.Count} scans, point map loaded.")
            : HealthCheckResult.Unhealthy("The point map is not loaded yet."));
    }
}
