using HmiApp.Domain.Audit;

namespace HmiApp.Infrastructure.Heating;

/// <summary>Every setpoint, state and mode write attempt goes to the audit trail, refused ones included.</summary>
public sealed class AuditingHeatingWriteObserver(IAuditTrail audit) : IHeatingWriteObserver
{
    public Task OnWriteAsync(HeatingWriteEvent write, CancellationToken cancellationToken) =>
        audit.RecordAsync(
            new AuditRecord(write.Who, AuditCategories.Heating, $"write {write.Field}", write.Target,
                write.Outcome == HeatingWriteOutcome.Written ? AuditOutcome.Success : AuditOutcome.Failure)
            {
                OldValue = write.Old,
                NewValue = write.New,
                Reason = write.Outcome == HeatingWriteOutcome.Written ? $"read back {write.ReadBack}" : $"{write.Outcome}: {write.Detail}",
            },
            cancellationToken);
}
