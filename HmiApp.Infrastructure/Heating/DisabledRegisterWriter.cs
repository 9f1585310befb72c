namespace HmiApp.Infrastructure.Heating;

/// <summary>Heating:Mode is Disabled: every write fails saying so.</summary>
public sealed class DisabledRegisterWriter : IHeatingRegisterWriter
{
    private const string Reason = "Heating is disabled (Heating:Mode is Disabled); nothing can be written.";

    public Task WriteAsync(ushort address, ushort value, CancellationToken cancellationToken) => throw new HeatingUnavailableException(Reason);

    public Task<ushort> ReadBackAsync(ushort address, CancellationToken cancellationToken) => throw new HeatingUnavailableException(Reason);
}
