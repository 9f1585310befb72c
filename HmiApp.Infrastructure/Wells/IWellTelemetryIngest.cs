using HmiApp.Domain.Wells;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// Where every reading of a well enters the HMI, whatever carried it (REST, Modbus acquisition, the simulated
/// feed). A reading is validated, kept for the diagnosis windows and stored.
/// </summary>
public interface IWellTelemetryIngest
{
    /// <returns>Why the reading was refused (unknown well, fields out of range); empty when it was taken.</returns>
    ValueTask<IReadOnlyList<TelemetryFieldError>> IngestAsync(string wellId, WellTelemetryReading reading, CancellationToken cancellationToken);
}
