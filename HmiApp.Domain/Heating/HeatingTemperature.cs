using HmiApp.Domain.Modbus;

namespace HmiApp.Domain.Heating;

/// <summary>Temperatures on the Nea Smart bus: KNX DPT 9.001, where two patterns mean "no value".</summary>
public static class HeatingTemperature
{
    /// <summary>
    /// Degrees Celsius, or null for 0x7FFF (not initialised) and 0x8116 (standby setpoint; plain DPT 9.001 would
    /// read it as -17.7 °C, which no zone ever means).
    /// </summary>
    public static double? Decode(ushort raw) =>
        KnxFloat16.IsNoValue(raw) || KnxFloat16.IsRehauStandby(raw) ? null : KnxFloat16.Decode(raw);

    public static ushort Encode(double celsius) =>
        KnxFloat16.TryEncode(celsius, out var raw, out var error) ? raw : throw new ArgumentOutOfRangeException(nameof(celsius), celsius, error);
}
