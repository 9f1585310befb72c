using System.Globalization;
using System.Text;
using HmiApp.Infrastructure.Simulation.TestDevice;
using HmiApp.Infrastructure.Simulation.Wells;

namespace HmiApp.Infrastructure.Simulation;

/// <summary>
/// Renders the simulated devices' register maps as the Markdown tables of docs/simulated-plant.md; a
/// test keeps the document equal to this output, so the document cannot drift from the devices.
/// </summary>
public static class RegisterMapDocument
{
    public static string Render()
    {
        var text = new StringBuilder();
        text.AppendLine("### ESP well controller (unit id " + WellRegisterMap.UnitId + ")");
        text.AppendLine();
        Table(text, WellRegisterMap.Registers);
        text.AppendLine();
        text.AppendLine("### Test device (unit id " + TestDeviceRegisterMap.UnitId + ")");
        text.AppendLine();
        Table(text, TestDeviceRegisterMap.Entries.Select(e => e.Register));
        return text.ToString();
    }

    private static void Table(StringBuilder text, IEnumerable<SimulatedRegister> registers)
    {
        text.AppendLine("| name | table | address (0-based) | reference | type | byte order | units | access | meaning |");
        text.AppendLine("|---|---|---|---|---|---|---|---|---|");
        foreach (var r in registers)
        {
            var reference = r.Table switch
            {
                Domain.Modbus.ModbusTable.Coils => 1 + r.Address,
                Domain.Modbus.ModbusTable.DiscreteInputs => 10001 + r.Address,
                Domain.Modbus.ModbusTable.InputRegisters => 30001 + r.Address,
                _ => 40001 + r.Address,
            };
            text.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.Name} | {r.Table} | {r.Address} | {reference} | {r.Encoding.DataType} | {r.Encoding.ByteOrder} | {r.Units} | {(r.Writable ? "read/write" : "read")} | {r.Description} |"));
        }
    }
}
