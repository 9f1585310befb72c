namespace HmiApp.Domain.Modbus;

/// <summary>Splits a contiguous write into requests within the FC15/FC16 limits of the device.</summary>
public static class WritePlanner
{
    /// <summary>
    /// Splits a write of <paramref name="count"/> registers (holding registers, FC16) or coils (FC15) starting at
    /// <paramref name="address"/> into consecutive chunks of at most the device's write limit. The chunks are not
    /// atomic together: a device may apply the first and refuse the second.
    /// </summary>
    public static IReadOnlyList<WriteChunk> Split(ModbusTable table, int address, int count, ModbusDeviceLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        if (!table.IsWritable())
        {
            throw new ArgumentException($"{table} are read-only: only Coils and HoldingRegisters can be written.", nameof(table));
        }

        var unit = table.IsBitTable() ? "coils" : "registers";
        if (count < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A write needs at least one of the {unit}, got {count}.");
        }

        if (address is < 0 or > ModbusAddress.Max)
        {
            throw new ArgumentOutOfRangeException(nameof(address), address, $"Address {address} is outside {table} addresses 0..{ModbusAddress.Max}.");
        }

        if ((long)address + count - 1 > ModbusAddress.Max)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, $"A write of {count} {unit} at {table} {address} runs past the last address {ModbusAddress.Max}.");
        }

        var limit = limits.MaxWrite(table);
        var chunks = new WriteChunk[(count + limit - 1) / limit];
        for (var i = 0; i < chunks.Length; i++)
        {
            var offset = i * limit;
            chunks[i] = new WriteChunk(address + offset, Math.Min(limit, count - offset), offset);
        }

        return chunks;
    }
}
