namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>
/// Decides when a well's diagnosis has changed: a new code must come out of <c>required</c> consecutive
/// evaluations before it is announced, so one odd window does not flip the operator's picture back and forth.
/// </summary>
public sealed class DiagnosisConfirmation(int required)
{
    private string? candidate;
    private int seen;

    public string? Announced { get; private set; }

    /// <returns>True when <paramref name="code"/> has just become the announced diagnosis.</returns>
    public bool Observe(string code)
    {
        if (code == Announced)
        {
            candidate = null;
            seen = 0;
            return false;
        }

        seen = code == candidate ? seen + 1 : 1;
        candidate = code;
        if (seen < required)
        {
            return false;
        }

        Announced = code;
        candidate = null;
        seen = 0;
        return true;
    }

    /// <summary>Starts from a diagnosis announced before a restart.</summary>
    public void Restore(string code) => Announced = code;
}
