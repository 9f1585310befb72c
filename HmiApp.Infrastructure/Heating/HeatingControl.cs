using HmiApp.Domain.Heating;

namespace HmiApp.Infrastructure.Heating;

/// <summary>
/// The one path by which the HMI writes to the heating installation: domain limits, write, read-back, and every
/// attempt told to the <see cref="IHeatingWriteObserver"/>s (log now, audit trail when it exists).
/// </summary>
public sealed class HeatingControl(
    HeatingRegisterBank bank,
    IHeatingRegisterWriter writer,
    IEnumerable<IHeatingWriteObserver> observers,
    HeatingLimits limits,
    TimeProvider time)
{
    public HeatingLimits Limits => limits;

    public async Task<HeatingWriteResult> WriteAsync(HeatingCommand command, string who, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentException.ThrowIfNullOrWhiteSpace(who);
        var old = command.Describe(bank.Read(command.Address));
        var validationError = command.Validate(limits);
        if (validationError is not null)
        {
            var refused = Event(command, who, old, command.Requested, null, HeatingWriteOutcome.Rejected, validationError.Message);
            await TellAsync(refused, cancellationToken).ConfigureAwait(false);
            return new HeatingWriteResult(refused, validationError);
        }

        var raw = command.Encode();
        var requested = command.Describe(raw);
        HeatingWriteEvent written;
        try
        {
            await writer.WriteAsync(command.Address, raw, cancellationToken).ConfigureAwait(false);
            var readBack = await writer.ReadBackAsync(command.Address, cancellationToken).ConfigureAwait(false);
            written = readBack == raw
                ? Event(command, who, old, requested, command.Describe(readBack), HeatingWriteOutcome.Written, null)
                : Event(command, who, old, requested, command.Describe(readBack), HeatingWriteOutcome.ReadBackMismatch,
                    $"register {command.Address} reads back 0x{readBack:X4} ({command.Describe(readBack)}) instead of 0x{raw:X4} ({requested})");
        }
        catch (HeatingUnavailableException ex)
        {
            written = Event(command, who, old, requested, null, HeatingWriteOutcome.Failed, ex.Message);
        }

        await TellAsync(written, cancellationToken).ConfigureAwait(false);
        return new HeatingWriteResult(written, null);
    }

    private HeatingWriteEvent Event(HeatingCommand command, string who, string old, string requested, string? readBack, HeatingWriteOutcome outcome, string? detail) =>
        new(time.GetUtcNow(), who, command.Target, command.Field, command.Address, old, requested, readBack, outcome, detail);

    private async Task TellAsync(HeatingWriteEvent write, CancellationToken cancellationToken)
    {
        foreach (var observer in observers)
        {
            await observer.OnWriteAsync(write, cancellationToken).ConfigureAwait(false);
        }
    }
}
