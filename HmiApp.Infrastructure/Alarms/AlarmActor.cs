namespace HmiApp.Infrastructure.Alarms;

/// <summary>Who acts on an alarm, as the journal and the audit trail name them, and from where.</summary>
public sealed record AlarmActor(string Name, string? Address);
