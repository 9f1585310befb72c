namespace HmiApp.Infrastructure.Heating;

/// <summary>One stored gateway register (table heating_registers); times are Unix milliseconds, UTC.</summary>
public sealed class HeatingRegisterRecord
{
    public int Address { get; set; }

    public int Value { get; set; }

    public long? BusWrittenUnixMs { get; set; }

    public long? HmiWrittenUnixMs { get; set; }
}
