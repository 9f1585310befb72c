using System.Globalization;

namespace HmiApp.Domain.Heating;

/// <summary>What the HMI may write into the installation; every write passes here before it reaches a register.</summary>
public sealed record HeatingLimits
{
    public static HeatingLimits Default { get; } = new();

    public double SetpointMin { get; init; } = 5.0;

    public double SetpointMax { get; init; } = 30.0;

    public double SetpointStep { get; init; } = 0.5;

    public HeatingValidationError? ValidateSetpoint(double celsius, string field)
    {
        var range = $"allowed are {Format(SetpointMin)}..{Format(SetpointMax)} °C in steps of {Format(SetpointStep)}";
        if (!double.IsFinite(celsius))
        {
            return new(field, $"{field} must be a number; {range}.");
        }

        if (celsius < SetpointMin || celsius > SetpointMax)
        {
            return new(field, $"{field} {Format(celsius)} °C is out of range; {range}.");
        }

        var steps = (celsius - SetpointMin) / SetpointStep;
        if (Math.Abs(steps - Math.Round(steps)) > 1e-9)
        {
            return new(field, $"{field} {Format(celsius)} °C is not on the {Format(SetpointStep)} °C grid; {range}.");
        }

        return null;
    }

    /// <summary>Accepts the state's name (case-insensitive) or its Rehau number.</summary>
    public static HeatingValidationError? TryParseState(string? text, string field, out OperatingState state) =>
        TryParse(text, field, out state);

    /// <summary>Accepts the mode's name (case-insensitive) or its Rehau number.</summary>
    public static HeatingValidationError? TryParseMode(string? text, string field, out OperatingMode mode) =>
        TryParse(text, field, out mode);

    private static HeatingValidationError? TryParse<TEnum>(string? text, string field, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        var allowed = string.Join(", ", Enum.GetValues<TEnum>().Select(v => $"{v} ({Convert.ToInt32(v, CultureInfo.InvariantCulture)})"));
        if (string.IsNullOrWhiteSpace(text))
        {
            return new(field, $"{field} is required; allowed are {allowed}.");
        }

        var trimmed = text.Trim();
        var isNumber = int.TryParse(trimmed, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number);
        if (isNumber ? Enum.IsDefined(typeof(TEnum), number) : Enum.TryParse(trimmed, ignoreCase: true, out value) && Enum.IsDefined(value))
        {
            if (isNumber)
            {
                value = (TEnum)Enum.ToObject(typeof(TEnum), number);
            }

            return null;
        }

        value = default;
        return new(field, $"{field} '{trimmed}' is not valid; allowed are {allowed}.");
    }

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
