using HmiApp.Domain.Modbus;

namespace HmiApp.Domain.Acquisition;

/// <summary>
/// The one-based reference notation of PLC manuals: the first digit names the table (0 coils, 1 discrete inputs,
/// 3 input registers, 4 holding registers), the rest is the register number from 1. Five digits (40001..49999)
/// or six (400001..465536). The zero-based protocol address is the number minus one.
/// </summary>
public static class ModbusReference
{
    public static bool TryParse(string text, out ModbusTable table, out int address, out string? error)
    {
        table = default;
        address = 0;
        var digits = text.Trim();
        if (digits.Length is not (5 or 6) || !digits.All(char.IsAsciiDigit))
        {
            error = $"'{text}' is not a reference number: give 5 digits (40001) or 6 digits (400001), or give a table and a zero-based address.";
            return false;
        }

        switch (digits[0])
        {
            case '0': table = ModbusTable.Coils; break;
            case '1': table = ModbusTable.DiscreteInputs; break;
            case '3': table = ModbusTable.InputRegisters; break;
            case '4': table = ModbusTable.HoldingRegisters; break;
            default:
                error = $"Reference {text} starts with {digits[0]}: the first digit must be 0 (coil), 1 (discrete input), 3 (input register) or 4 (holding register).";
                return false;
        }

        var number = int.Parse(digits[1..], System.Globalization.CultureInfo.InvariantCulture);
        var max = digits.Length == 5 ? 9999 : ModbusAddress.Max + 1;
        if (number < 1 || number > max)
        {
            error = $"Reference {text} has register number {number}: it must be 1..{max} (reference numbers count from 1).";
            return false;
        }

        address = number - 1;
        error = null;
        return true;
    }
}
