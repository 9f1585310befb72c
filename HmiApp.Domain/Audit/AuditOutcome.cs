namespace HmiApp.Domain.Audit;

public enum AuditOutcome
{
    Success,
    Failure,
}
