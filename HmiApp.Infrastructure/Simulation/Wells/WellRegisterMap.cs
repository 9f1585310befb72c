using HmiApp.Domain.Modbus;

namespace HmiApp.Infrastructure.Simulation.Wells;

/// <summary>
/// The register map of a simulated ESP well controller (unit id 1): telemetry as FLOAT32 (ABCD) input
/// registers, run status as a discrete input, and the two commands an operator may write as holding
/// registers. docs/simulated-plant.md is generated from this list.
/// </summary>
public static class WellRegisterMap
{
    public const byte UnitId = 1;
    public const ushort FrequencySetpointAddress = 100;
    public const ushort RunCommandAddress = 102;

    private static readonly PointEncoding Float = new(PointDataType.Float32, ByteOrder.ABCD);

    public static IReadOnlyList<SimulatedRegister> Registers { get; } =
    [
        new("FlowRate", ModbusTable.InputRegisters, 0, Float, "bbl/d", "Liquid flow rate at surface"),
        new("PumpIntakePressure", ModbusTable.InputRegisters, 2, Float, "psi", "Pump intake pressure"),
        new("MotorCurrent", ModbusTable.InputRegisters, 4, Float, "A", "Motor current (average of phases)"),
        new("MotorTemperature", ModbusTable.InputRegisters, 6, Float, "degC", "Motor winding temperature"),
        new("Vibration", ModbusTable.InputRegisters, 8, Float, "g", "Pump vibration"),
        new("VsdFrequency", ModbusTable.InputRegisters, 10, Float, "Hz", "VSD output frequency"),
        new("FlowVariance", ModbusTable.InputRegisters, 12, Float, "%", "Flow variance over the last minute"),
        new("Torque", ModbusTable.InputRegisters, 14, Float, "N m", "Shaft torque"),
        new("GasOilRatio", ModbusTable.InputRegisters, 16, Float, "scf/bbl", "Gas-oil ratio"),
        new("CurrentUnbalance", ModbusTable.InputRegisters, 18, Float, "%", "Phase current unbalance"),
        new("InsulationResistance", ModbusTable.InputRegisters, 20, Float, "MOhm", "Motor insulation resistance to ground"),
        new("Running", ModbusTable.DiscreteInputs, 0, new PointEncoding(PointDataType.Boolean), "", "Motor running"),
        new("FrequencySetpoint", ModbusTable.HoldingRegisters, FrequencySetpointAddress, Float, "Hz", "VSD frequency setpoint (read back after a write)", Writable: true),
        new("RunCommand", ModbusTable.HoldingRegisters, RunCommandAddress, new PointEncoding(PointDataType.UInt16), "", "Run command: 1 run, 0 stop", Writable: true),
    ];
}
