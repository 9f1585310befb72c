namespace HmiApp.Infrastructure.Heating;

/// <summary>Where an HMI command register goes: the gateway's own bank, or the bus in client mode.</summary>
public interface IHeatingRegisterWriter
{
    Task WriteAsync(ushort address, ushort value, CancellationToken cancellationToken);

    /// <summary>The register as it is now where it was written (not a cached copy).</summary>
    Task<ushort> ReadBackAsync(ushort address, CancellationToken cancellationToken);
}
