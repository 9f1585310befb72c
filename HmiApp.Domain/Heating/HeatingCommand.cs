namespace HmiApp.Domain.Heating;

/// <summary>
/// A write the HMI asks for. It names its target and field (as an operator and the audit trail read them),
/// checks itself against <see cref="HeatingLimits"/>, and knows its register and encoding.
/// </summary>
public abstract record HeatingCommand
{
    /// <summary>What is written to, e.g. "base 1 zone 3" or "installation".</summary>
    public abstract string Target { get; }

    /// <summary>The field as the API names it: "setpoint", "state" or "mode".</summary>
    public abstract string Field { get; }

    public abstract ushort Address { get; }

    /// <summary>The value asked for, as an operator reads it, even when it is out of limits.</summary>
    public abstract string Requested { get; }

    public abstract HeatingValidationError? Validate(HeatingLimits limits);

    /// <summary>The register value; call only after <see cref="Validate"/> found nothing.</summary>
    public abstract ushort Encode();

    /// <summary>A register value of this field as an operator reads it.</summary>
    public abstract string Describe(ushort raw);

    protected static string DescribeEnum<TEnum>(ushort raw)
        where TEnum : struct, Enum =>
        Enum.IsDefined(typeof(TEnum), (int)raw) ? Enum.ToObject(typeof(TEnum), (int)raw).ToString()! : $"unknown ({raw})";

    protected static HeatingValidationError? ValidateEnum<TEnum>(TEnum value, string field)
        where TEnum : struct, Enum =>
        Enum.IsDefined(value) ? null : new(field, $"{field} {value} is not valid; allowed are {string.Join(", ", Enum.GetNames<TEnum>())}.");
}
