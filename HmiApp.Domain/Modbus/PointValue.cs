using System.Globalization;

namespace HmiApp.Domain.Modbus;

/// <summary>
/// An engineering value as read from or written to a point: a number, a boolean, text, or "no value".
/// A struct so that decoding numbers does not allocate.
/// </summary>
public readonly record struct PointValue
{
    private PointValue(PointValueKind kind, double number, bool boolean, string? text)
    {
        Kind = kind;
        Number = number;
        Boolean = boolean;
        Text = text;
    }

    public static PointValue NoValue => default;

    public PointValueKind Kind { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="PointValueKind.Number"/>, else 0.</summary>
    public double Number { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="PointValueKind.Boolean"/>, else false.</summary>
    public bool Boolean { get; }

    /// <summary>The value when <see cref="Kind"/> is <see cref="PointValueKind.Text"/>, else null.</summary>
    public string? Text { get; }

    public bool HasValue => Kind != PointValueKind.NoValue;

    public static PointValue FromNumber(double number) => new(PointValueKind.Number, number, false, null);

    public static PointValue FromBoolean(bool value) => new(PointValueKind.Boolean, 0.0, value, null);

    public static PointValue FromText(string text) =>
        new(PointValueKind.Text, 0.0, false, text ?? throw new ArgumentNullException(nameof(text)));

    public override string ToString() => Kind switch
    {
        PointValueKind.Number => Number.ToString("R", CultureInfo.InvariantCulture),
        PointValueKind.Boolean => Boolean ? "true" : "false",
        PointValueKind.Text => $"\"{Text}\"",
        _ => "no value",
    };
}
