using System.Diagnostics.Metrics;

namespace HmiApp.Metrics;

/// <summary>Open Blazor circuits (one per connected browser tab), exported as <c>hmi_circuits_connected</c>.</summary>
public sealed class CircuitMetrics
{
    public const string MeterName = "HmiApp.Circuits";

    private readonly UpDownCounter<long> connected;

    public CircuitMetrics(IMeterFactory meterFactory)
    {
        connected = meterFactory.Create(MeterName).CreateUpDownCounter<long>("hmi.circuits.connected", unit: "{circuit}", description: "Blazor circuits open now.");

        // A scrape before the first circuit then reads 0 rather than nothing.
        connected.Add(0);
    }

    public void Opened() => connected.Add(1);

    public void Closed() => connected.Add(-1);
}
