namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// Why an edit of a well was not stored: the domain's reason and, when the domain named one, the field it refused
/// (the parameter name of the well's or the limits' constructor), so an editor can show the reason beside that field.
/// </summary>
public sealed record WellRefusal(string? Field, string Reason)
{
    /// <summary>The domain's refusal as thrown: its message without the framework's "(Parameter …)" and "Actual value" tails.</summary>
    public static WellRefusal Of(ArgumentException refused)
    {
        var message = refused.Message;
        var tail = string.IsNullOrEmpty(refused.ParamName) ? -1 : message.IndexOf($" (Parameter '{refused.ParamName}')", StringComparison.Ordinal);
        return new WellRefusal(refused.ParamName, tail < 0 ? message : message[..tail]);
    }

    public override string ToString() => Reason;
}
