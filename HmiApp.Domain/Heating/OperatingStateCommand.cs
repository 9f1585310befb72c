namespace HmiApp.Domain.Heating;

public sealed record OperatingStateCommand(OperatingState State) : HeatingCommand
{
    public override string Target => "installation";

    public override string Field => "state";

    public override ushort Address => HeatingRegisterMap.OperatingState;

    public override string Requested => State.ToString();

    public override HeatingValidationError? Validate(HeatingLimits limits) => ValidateEnum(State, Field);

    public override ushort Encode() => (ushort)State;

    public override string Describe(ushort raw) => DescribeEnum<OperatingState>(raw);
}
