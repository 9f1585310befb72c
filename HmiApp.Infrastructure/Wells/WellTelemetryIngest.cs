using HmiApp.Domain.Wells;

namespace HmiApp.Infrastructure.Wells;

internal sealed class WellTelemetryIngest(WellCatalog catalog, WellTelemetryBuffer buffer, WellTelemetryWriter writer) : IWellTelemetryIngest
{
    public async ValueTask<IReadOnlyList<TelemetryFieldError>> IngestAsync(string wellId, WellTelemetryReading reading, CancellationToken cancellationToken)
    {
        if (!catalog.TryGet(wellId, out _))
        {
            return [new TelemetryFieldError("wellId", double.NaN, $"wellId '{wellId}' is not a known well; known: {string.Join(", ", catalog.All.Select(w => w.Well.Id))}")];
        }

        var errors = reading.Validate();
        if (errors.Count > 0)
        {
            return errors;
        }

        buffer.Add(wellId, reading);
        await writer.EnqueueAsync(wellId, reading, cancellationToken);
        return [];
    }
}
