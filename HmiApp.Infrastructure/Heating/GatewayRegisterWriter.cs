namespace HmiApp.Infrastructure.Heating;

/// <summary>Gateway mode: the HMI writes into the bank, where the base station reads it at its next poll.</summary>
public sealed class GatewayRegisterWriter(HeatingRegisterBank bank) : IHeatingRegisterWriter
{
    public Task WriteAsync(ushort address, ushort value, CancellationToken cancellationToken)
    {
        bank.WriteFromHmi(address, value);
        return Task.CompletedTask;
    }

    public Task<ushort> ReadBackAsync(ushort address, CancellationToken cancellationToken) => Task.FromResult(bank.Read(address));
}
