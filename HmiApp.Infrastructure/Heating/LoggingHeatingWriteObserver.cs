using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Heating;

/// <summary>Logs every HMI write as one structured event (fields Who, Target, Field, Old, New, ReadBack, Outcome).</summary>
public sealed partial class LoggingHeatingWriteObserver(ILogger<LoggingHeatingWriteObserver> logger) : IHeatingWriteObserver
{
    public Task OnWriteAsync(HeatingWriteEvent write, CancellationToken cancellationToken)
    {
        if (write.Outcome == HeatingWriteOutcome.Written)
        {
            LogWritten(write.Who, write.Target, write.Field, write.Address, write.Old, write.New, write.ReadBack, write.Outcome);
        }
        else
        {
            LogNotWritten(write.Who, write.Target, write.Field, write.Address, write.Old, write.New, write.ReadBack, write.Outcome, write.Detail);
        }

        return Task.CompletedTask;
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Heating write by {Who}: {Target} {Field} (register {Address}) {Old} -> {New}, read back {ReadBack}: {Outcome}")]
    private partial void LogWritten(string who, string target, string field, ushort address, string old, string @new, string? readBack, HeatingWriteOutcome outcome);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Warning, Message = "Heating write by {Who}: {Target} {Field} (register {Address}) {Old} -> {New}, read back {ReadBack}: {Outcome} ({Detail})")]
    private partial void LogNotWritten(string who, string target, string field, ushort address, string old, string @new, string? readBack, HeatingWriteOutcome outcome, string? detail);
}
