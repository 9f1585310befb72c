namespace HmiApp.Domain.Heating;

public sealed record ZoneStateCommand(ZoneId Zone, OperatingState State) : HeatingCommand
{
    public override string Target => Zone.ToString();

    public override string Field => "state";

    public override ushort Address => Zone.Address(ZoneRegister.State);

    public override string Requested => State.ToString();

    public override HeatingValidationError? Validate(HeatingLimits limits) => ValidateEnum(State, Field);

    public override ushort Encode() => (ushort)State;

    public override string Describe(ushort raw) => DescribeEnum<OperatingState>(raw);
}
