namespace HmiApp.Domain.Acquisition;

/// <summary>A reference-notation address (40001) that the import turned into a table and zero-based address.</summary>
public sealed record AddressConversion(int Line, string Point, string Reference, Modbus.ModbusTable Table, int Address)
{
    public override string ToString() => $"line {Line}: '{Point}' {Reference} read as {Table} address {Address} (zero-based)";
}
