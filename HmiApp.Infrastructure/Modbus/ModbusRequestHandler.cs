using System.Buffers.Binary;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Modbus;

/// <summary>
/// Turns one request PDU into a response PDU against the served units. Checks follow the order of the
/// specification's state diagrams: function (01), quantity (03), address range (02), execution (04).
/// </summary>
internal sealed partial class ModbusRequestHandler(IReadOnlyDictionary<byte, IModbusUnit> units, UnknownUnitResponse unknownUnit, ILogger logger)
{
    private readonly ILogger _logger = logger;

    public ModbusRequestOutcome Handle(byte unitId, ReadOnlySpan<byte> pdu, Span<byte> response, out int responseLength)
    {
        responseLength = 0;
        if (!IsWellFramed(pdu))
        {
            return ModbusRequestOutcome.Malformed;
        }

        var function = pdu[0];
        if (unitId == ModbusLimits.BroadcastUnitId)
        {
            // Broadcasts carry writes only and are never answered.
            if (IsWrite(function))
            {
                foreach (var unit in units.Values)
                {
                    Execute(unit, unitId, pdu, response, out _);
                }
            }

            return ModbusRequestOutcome.Silent;
        }

        if (!units.TryGetValue(unitId, out var addressed))
        {
            if (unknownUnit == UnknownUnitResponse.NoResponse)
            {
                return ModbusRequestOutcome.Silent;
            }

            responseLength = WriteException(response, function, ModbusExceptionCode.GatewayTargetDeviceFailedToRespond);
            return ModbusRequestOutcome.Respond;
        }

        Execute(addressed, unitId, pdu, response, out responseLength);
        return ModbusRequestOutcome.Respond;
    }

    private static bool IsWellFramed(ReadOnlySpan<byte> pdu)
    {
        if (pdu.IsEmpty)
        {
            return false;
        }

        return pdu[0] switch
        {
            1 or 2 or 3 or 4 or 5 or 6 => pdu.Length == 5,
            15 or 16 => pdu.Length >= 6 && pdu.Length == 6 + pdu[5],
            23 => pdu.Length >= 10 && pdu.Length == 10 + pdu[9],
            _ => true,
        };
    }

    private static bool IsWrite(byte function) => function is 5 or 6 or 15 or 16;

    private void Execute(IModbusUnit unit, byte unitId, ReadOnlySpan<byte> pdu, Span<byte> response, out int responseLength)
    {
        var function = pdu[0];
        responseLength = 0;
        ModbusExceptionCode? error;
        try
        {
            error = function switch
            {
                1 => ReadBits(unit.Coils, pdu, response, out responseLength),
                2 => ReadBits(unit.DiscreteInputs, pdu, response, out responseLength),
                3 => ReadRegisters(unit.HoldingRegisters, pdu, response, out responseLength),
                4 => ReadRegisters(unit.InputRegisters, pdu, response, out responseLength),
                5 => WriteSingleCoil(unit.Coils, pdu, response, out responseLength),
                6 => WriteSingleRegister(unit.HoldingRegisters, pdu, response, out responseLength),
                15 => WriteMultipleCoils(unit.Coils, pdu, response, out responseLength),
                16 => WriteMultipleRegisters(unit.HoldingRegisters, pdu, response, out responseLength),
                23 => ReadWriteMultipleRegisters(unit.HoldingRegisters, pdu, response, out responseLength),
                _ => Fail(ModbusExceptionCode.IllegalFunction, out responseLength),
            };
        }
        catch (Exception ex)
        {
            LogBankFailed(ex, unitId, function);
            error = ModbusExceptionCode.ServerDeviceFailure;
        }

        if (error is { } code)
        {
            responseLength = WriteException(response, function, code);
        }
    }

    private static ModbusExceptionCode? ReadBits(IBitBank bank, ReadOnlySpan<byte> pdu, Span<byte> response, out int responseLength)
    {
        var address = BinaryPrimitives.ReadUInt16BigEndian(pdu[1..]);
        var quantity = BinaryPrimitives.ReadUInt16BigEndian(pdu[3..]);
        if (quantity is < 1 or > ModbusLimits.MaxReadBits)
        {
            return Fail(ModbusExceptionCode.IllegalDataValue, out responseLength);
        }

        if (address + quantity > bank.Count)
        {
            return Fail(ModbusExceptionCode.IllegalDataAddress, out responseLength);
        }

        Span<bool> bits = stackalloc bool[quantity];
        bank.Read(address, bits);
        var byteCount = (quantity + 7) / 8;
        response[0] = pdu[0];
        response[1] = (byte)byteCount;
        ModbusBits.Pack(bits, response.Slice(2, byteCount));
        responseLength = 2 + byteCount;
        return null;
    }

    private static ModbusExceptionCode? ReadRegisters(IRegisterBank bank, ReadOnlySpan<byte> pdu, Span<byte> response, out int responseLength)
    {
        var address = BinaryPrimitives.ReadUInt16BigEndian(pdu[1..]);
        var quantity = BinaryPrimitives.ReadUInt16BigEndian(pdu[3..]);
        if (quantity is < 1 or > ModbusLimits.MaxReadRegisters)
        {
            return Fail(ModbusExceptionCode.IllegalDataValue, out responseLength);
        }

        if (address + quantity > bank.Count)
        {
            return Fail(ModbusExceptionCode.IllegalDataAddress, out responseLength);
        }

        response[0] = pdu[0];
        responseLength = WriteRegisterData(bank, address, quantity, response);
        return null;
    }

    private static ModbusExceptionCode? WriteSingleCoil(IBitBank bank, ReadOnlySpan<byte> pdu, Span<byte> response, out int responseLength)
    {
        var address = BinaryPrimitives.ReadUInt16BigEndian(pdu[1..]);
        var value = BinaryPrimitives.ReadUInt16BigEndian(pdu[3..]);
        if (value is not (0x0000 or 0xFF00))
        {
            return Fail(ModbusExceptionCode.IllegalDataValue, out responseLength);
        }

        if (address >= bank.Count)
        {
            return Fail(ModbusExceptionCode.IllegalDataAddress, out responseLength);
        }

        ReadOnlySpan<bool> bit = [value == 0xFF00];
        bank.Write(address, bit);
        pdu.CopyTo(response);
        responseLength = 5;
        return null;
    }

    private static ModbusExceptionCode? WriteSingleRegister(IRegisterBank bank, ReadOnlySpan<byte> pdu, Span<byte> response, out int responseLength)
    {
        var address = BinaryPrimitives.ReadUInt16BigEndian(pdu[1..]);
        if (address >= bank.Count)
        {
            return Fail(ModbusExceptionCode.IllegalDataAddress, out responseLength);
        }

        ReadOnlySpan<ushort> value = [BinaryPrimitives.ReadUInt16BigEndian(pdu[3..])];
        bank.Write(address, value);
        pdu.CopyTo(response);
        responseLength = 5;
        return null;
    }

    private static ModbusExceptionCode? WriteMultipleCoils(IBitBank bank, ReadOnlySpan<byte> pdu, Span<byte> response, out int responseLength)
    {
        var address = BinaryPrimitives.ReadUInt16BigEndian(pdu[1..]);
        var quantity = BinaryPrimitives.ReadUInt16BigEndian(pdu[3..]);
        if (quantity is < 1 or > ModbusLimits.MaxWriteBits || pdu[5] != (quantity + 7) / 8)
        {
            return Fail(ModbusExceptionCode.IllegalDataValue, out responseLength);
        }

        if (address + quantity > bank.Count)
        {
            return Fail(ModbusExceptionCode.IllegalDataAddress, out responseLength);
        }

        Span<bool> bits = stackalloc bool[quantity];
        ModbusBits.Unpack(pdu[6..], bits);
        bank.Write(address, bits);
        pdu[..5].CopyTo(response);
        responseLength = 5;
        return null;
    }

    private static ModbusExceptionCode? WriteMultipleRegisters(IRegisterBank bank, ReadOnlySpan<byte> pdu, Span<byte> response, out int responseLength)
    {
        var address = BinaryPrimitives.ReadUInt16BigEndian(pdu[1..]);
        var quantity = BinaryPrimitives.ReadUInt16BigEndian(pdu[3..]);
        if (quantity is < 1 or > ModbusLimits.MaxWriteRegisters || pdu[5] != quantity * 2)
        {
            return Fail(ModbusExceptionCode.IllegalDataValue, out responseLength);
        }

        if (address + quantity > bank.Count)
        {
            return Fail(ModbusExceptionCode.IllegalDataAddress, out responseLength);
        }

        Span<ushort> values = stackalloc ushort[quantity];
        ReadRegisterValues(pdu[6..], values);
        bank.Write(address, values);
        pdu[..5].CopyTo(response);
        responseLength = 5;
        return null;
    }

    private static ModbusExceptionCode? ReadWriteMultipleRegisters(IRegisterBank bank, ReadOnlySpan<byte> pdu, Span<byte> response, out int responseLength)
    {
        var readAddress = BinaryPrimitives.ReadUInt16BigEndian(pdu[1..]);
        var readQuantity = BinaryPrimitives.ReadUInt16BigEndian(pdu[3..]);
        var writeAddress = BinaryPrimitives.ReadUInt16BigEndian(pdu[5..]);
        var writeQuantity = BinaryPrimitives.ReadUInt16BigEndian(pdu[7..]);
        if (readQuantity is < 1 or > ModbusLimits.MaxReadWriteReadRegisters
            || writeQuantity is < 1 or > ModbusLimits.MaxReadWriteWriteRegisters
            || pdu[9] != writeQuantity * 2)
        {
            return Fail(ModbusExceptionCode.IllegalDataValue, out responseLength);
        }

        if (readAddress + readQuantity > bank.Count || writeAddress + writeQuantity > bank.Count)
        {
            return Fail(ModbusExceptionCode.IllegalDataAddress, out responseLength);
        }

        // The specification performs the write before the read.
        Span<ushort> values = stackalloc ushort[writeQuantity];
        ReadRegisterValues(pdu[10..], values);
        bank.Write(writeAddress, values);
        response[0] = pdu[0];
        responseLength = WriteRegisterData(bank, readAddress, readQuantity, response);
        return null;
    }

    private static int WriteRegisterData(IRegisterBank bank, ushort address, int quantity, Span<byte> response)
    {
        Span<ushort> values = stackalloc ushort[quantity];
        bank.Read(address, values);
        response[1] = (byte)(quantity * 2);
        for (var i = 0; i < quantity; i++)
        {
            BinaryPrimitives.WriteUInt16BigEndian(response[(2 + (i * 2))..], values[i]);
        }

        return 2 + (quantity * 2);
    }

    private static void ReadRegisterValues(ReadOnlySpan<byte> data, Span<ushort> values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt16BigEndian(data[(i * 2)..]);
        }
    }

    private static ModbusExceptionCode? Fail(ModbusExceptionCode code, out int responseLength)
    {
        responseLength = 0;
        return code;
    }

    private static int WriteException(Span<byte> response, byte function, ModbusExceptionCode code)
    {
        response[0] = (byte)(function | 0x80);
        response[1] = (byte)code;
        return 2;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Modbus server: bank of unit {UnitId} failed on function {Function}; answered exception 04")]
    private partial void LogBankFailed(Exception exception, byte unitId, byte function);
}
