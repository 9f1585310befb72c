using System.Globalization;

namespace HmiApp.Kiosk;

/// <summary>
/// What an operator has typed on the numeric keypad, and whether it is an acceptable value: a number within
/// [Min, Max] and on the Step grid (counted from Min, or from 0 without a Min). Immutable: each key gives a new entry.
/// </summary>
public sealed record KeypadEntry(string Text, double? Min, double? Max, double? Step)
{
    public const int MaxLength = 12;

    public KeypadEntry Press(char key) => key switch
    {
        >= '0' and <= '9' when Text.Length < MaxLength => this with { Text = Text == "0" ? key.ToString() : Text + key },
        '.' when !Text.Contains('.') && Text.Length < MaxLength => this with { Text = (Text is "" or "-" ? Text + "0" : Text) + "." },
        '-' => this with { Text = Text.StartsWith('-') ? Text[1..] : "-" + Text },
        _ => this,
    };

    public KeypadEntry Backspace() => this with { Text = Text.Length == 0 ? "" : Text[..^1] };

    public KeypadEntry Clear() => this with { Text = "" };

    /// <summary>The value, or the reason it cannot be accepted (naming the limit it breaks).</summary>
    public (double? Value, string? Error) Validate()
    {
        if (!double.TryParse(Text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return (null, Text.Length == 0 ? "Enter a value." : $"'{Text}' is not a number.");
        }

        if (Min is { } min && value < min)
        {
            return (null, $"{Format(value)} is below the minimum {Format(min)}.");
        }

        if (Max is { } max && value > max)
        {
            return (null, $"{Format(value)} is above the maximum {Format(max)}.");
        }

        if (Step is { } step and > 0)
        {
            var steps = (value - (Min ?? 0)) / step;
            if (Math.Abs(steps - Math.Round(steps)) > 1e-9 * Math.Max(1, Math.Abs(steps)))
            {
                return (null, $"{Format(value)} is not a multiple of the step {Format(step)}{(Min is { } from ? $" from {Format(from)}" : "")}.");
            }
        }

        return (value, null);
    }

    public static string Format(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
