namespace HmiApp.Alarms;

public sealed record AcknowledgeRequest(string? Comment);

public sealed record AcknowledgeManyRequest(IReadOnlyList<string> Keys);

public sealed record ShelveRequest(string? Reason, double Minutes);

public sealed record OutOfServiceRequest(string? Reason);
