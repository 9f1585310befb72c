namespace HmiApp.Infrastructure.Heating;

/// <summary>
/// One HMI write attempt as the audit trail records it: who, what (target and field), old and new value, the value
/// read back, and how it ended (with the exact failure when it did not succeed).
/// </summary>
public sealed record HeatingWriteEvent(
    DateTimeOffset At,
    string Who,
    string Target,
    string Field,
    ushort Address,
    string Old,
    string New,
    string? ReadBack,
    HeatingWriteOutcome Outcome,
    string? Detail);
