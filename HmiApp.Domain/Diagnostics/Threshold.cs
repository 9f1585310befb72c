namespace HmiApp.Domain.Diagnostics;

/// <summary>
/// Either an absolute number or the name of a well parameter (see <see cref="WellDiagnosticParameters"/>),
/// so an engineer can retune one well without touching the tree. Exactly one of the two is set.
/// </summary>
public sealed record Threshold(double? Value = null, string? Parameter = null)
{
    public static Threshold Absolute(double value) => new(Value: value);

    public static Threshold OfParameter(string name) => new(Parameter: name);
}
