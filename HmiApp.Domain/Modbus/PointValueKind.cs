namespace HmiApp.Domain.Modbus;

public enum PointValueKind
{
    /// <summary>The device reports that it has no value (KNX DPT 9 0x7FFF, Rehau standby 0x8116).</summary>
    NoValue,
    Number,
    Boolean,
    Text,
}
