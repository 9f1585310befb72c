namespace HmiApp.Domain.Audit;

/// <summary>
/// The plant's append-only record of who changed what. There is deliberately no way to change or
/// remove an entry through it.
/// </summary>
public interface IAuditTrail
{
    Task RecordAsync(AuditRecord record, CancellationToken cancellationToken);

    Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken);
}
