namespace HmiApp.Domain.Acquisition;

/// <summary>One thing wrong with an import: the line and field it is on, and what to do about it.</summary>
public sealed record PointMapIssue(int Line, string Field, string Message)
{
    public override string ToString() => $"line {Line}, field '{Field}': {Message}";
}
