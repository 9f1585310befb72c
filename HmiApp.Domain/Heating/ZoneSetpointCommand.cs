using System.Globalization;

namespace HmiApp.Domain.Heating;

public sealed record ZoneSetpointCommand(ZoneId Zone, double Celsius) : HeatingCommand
{
    public override string Target => Zone.ToString();

    public override string Field => "setpoint";

    public override ushort Address => Zone.Address(ZoneRegister.Setpoint);

    public override string Requested => $"{Celsius.ToString(CultureInfo.InvariantCulture)} °C";

    public override HeatingValidationError? Validate(HeatingLimits limits) => limits.ValidateSetpoint(Celsius, Field);

    public override ushort Encode() => HeatingTemperature.Encode(Celsius);

    public override string Describe(ushort raw) =>
        HeatingTemperature.Decode(raw) is { } celsius ? $"{celsius.ToString("0.0#", CultureInfo.InvariantCulture)} °C" : "no value";
}
