namespace HmiApp.Domain.Wells;

/// <summary>One bad field of a reading: which field, the value it held, and why it is wrong.</summary>
public sealed record TelemetryFieldError(string Field, double Value, string Message)
{
    public override string ToString() => Message;
}
