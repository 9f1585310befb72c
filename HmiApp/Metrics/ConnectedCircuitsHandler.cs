using Microsoft.AspNetCore.Components.Server.Circuits;

namespace HmiApp.Metrics;

/// <summary>Counts circuits as the framework opens and closes them (one handler per circuit).</summary>
public sealed class ConnectedCircuitsHandler(CircuitMetrics metrics) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.Opened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        metrics.Closed();
        return Task.CompletedTask;
    }
}
