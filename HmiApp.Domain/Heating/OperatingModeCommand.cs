namespace HmiApp.Domain.Heating;

public sealed record OperatingModeCommand(OperatingMode Mode) : HeatingCommand
{
    public override string Target => "installation";

    public override string Field => "mode";

    public override ushort Address => HeatingRegisterMap.OperatingMode;

    public override string Requested => Mode.ToString();

    public override HeatingValidationError? Validate(HeatingLimits limits) => ValidateEnum(Mode, Field);

    public override ushort Encode() => (ushort)Mode;

    public override string Describe(ushort raw) => DescribeEnum<OperatingMode>(raw);
}
