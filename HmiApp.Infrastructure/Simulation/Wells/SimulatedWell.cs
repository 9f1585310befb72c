using System.Net;
using HmiApp.Domain.Modbus;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Modbus;
using HmiApp.Infrastructure.Simulation.Devices;
using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Simulation.Wells;

/// <summary>
/// An ESP well controller: <see cref="EspWellSimulation"/> behind the registers of <see cref="WellRegisterMap"/>.
/// A write of the frequency setpoint or run command is taken by the VSD as a real one would: the setpoint
/// is clamped to 0..<see cref="MaxFrequencyHz"/> and the register then holds what was accepted.
/// </summary>
public sealed class SimulatedWell : SimulatedDevice
{
    public const double MaxFrequencyHz = 70;

    private readonly IModbusUnit unit;
    private readonly EspWellSimulation simulation;
    private readonly object gate = new();
    private readonly Dictionary<string, SimulatedRegister> registers = WellRegisterMap.Registers.ToDictionary(r => r.Name);

    private SimulatedWell(Well well, IPEndPoint endpoint, IModbusUnit unit, EspWellSimulation simulation, DeviceFaultSettings faults, ILoggerFactory logging, TimeProvider time)
        : base(well.Id, "ESP well", endpoint, new Dictionary<byte, IModbusUnit> { [WellRegisterMap.UnitId] = unit }, faults, logging, time)
    {
        Well = well;
        this.unit = unit;
        this.simulation = simulation;
        lock (gate)
        {
            PublishCommands();
            // The model only moves forward: one integration step gives the registers a first reading.
            Publish(simulation.Advance(TimeSpan.FromMilliseconds(100)));
        }

        unit.HoldingRegisters.Written += OnCommandWritten;
    }

    public Well Well { get; }

    public override IReadOnlyList<SimulatedRegister> RegisterMap => WellRegisterMap.Registers;

    public override byte UnitId => WellRegisterMap.UnitId;

    public IReadOnlyCollection<WellFault> ActiveWellFaults
    {
        get { lock (gate) { return simulation.ActiveFaults.ToList(); } }
    }

    public WellTelemetryReading? LastReading { get; private set; }

    public static SimulatedWell Create(SimulatedWellOptions options, DeviceFaultSettings faults, DateTimeOffset start, ILoggerFactory logging, TimeProvider time)
    {
        var example = EspWellSimulationSettings.ExampleWell(options.Id);
        var well = new Well(options.Id, options.Name, options.Field, example.PumpModel, options.RatedFlowBblPerDay, example.RatedMotorCurrentAmps,
            example.RatedFrequencyHz, example.RatedMotorTemperatureC, example.MaxMotorTemperatureC, example.CasingInnerDiameterInches, example.MotorOuterDiameterInches);
        var simulation = new EspWellSimulation(new EspWellSimulationSettings(well), start, options.Seed);
        simulation.SetFrequencySetpoint(options.InitialFrequencyHz);
        simulation.StartMotor();
        return new SimulatedWell(well, new IPEndPoint(IPAddress.Parse(options.BindAddress), options.Port), ModbusUnit.InMemory(256), simulation, faults, logging, time);
    }

    public void StartFault(WellFault fault)
    {
        lock (gate)
        {
            simulation.StartFault(fault);
        }
    }

    public void ClearFault(WellFault fault)
    {
        lock (gate)
        {
            simulation.ClearFault(fault);
        }
    }

    public override void Advance(TimeSpan elapsed)
    {
        lock (gate)
        {
            Publish(simulation.Advance(elapsed));
        }
    }

    private void Publish(WellTelemetryReading reading)
    {
        LastReading = reading;
        Set("FlowRate", reading.FlowRateBblPerDay);
        Set("PumpIntakePressure", reading.PumpIntakePressurePsi);
        Set("MotorCurrent", reading.MotorCurrentAmps);
        Set("MotorTemperature", reading.MotorTemperatureC);
        Set("Vibration", reading.VibrationG);
        Set("VsdFrequency", reading.VsdFrequencyHz);
        Set("FlowVariance", reading.FlowVariancePercent);
        Set("Torque", reading.TorqueNewtonMetres);
        Set("GasOilRatio", reading.GasOilRatioScfPerBbl);
        Set("CurrentUnbalance", reading.CurrentUnbalancePercent);
        Set("InsulationResistance", reading.InsulationResistanceMegohms);
        RegisterWriter.Write(unit, registers["Running"], PointValue.FromBoolean(reading.IsRunning));
    }

    private void Set(string name, double value) => RegisterWriter.Write(unit, registers[name], PointValue.FromNumber(value));

    private void PublishCommands()
    {
        // Written without raising our own handler's effect twice: the values equal the simulation's state.
        RegisterWriter.Write(unit, registers["FrequencySetpoint"], PointValue.FromNumber(simulation.FrequencySetpointHz));
        RegisterWriter.Write(unit, registers["RunCommand"], PointValue.FromNumber(simulation.RunCommanded ? 1 : 0));
    }

    private void OnCommandWritten(object? sender, ModbusBankWrittenEventArgs e)
    {
        var end = e.Start + e.Count;
        bool Touches(SimulatedRegister r) => r.Address < end && r.Address + r.Encoding.RegisterCount > e.Start;
        lock (gate)
        {
            var setpoint = registers["FrequencySetpoint"];
            var run = registers["RunCommand"];
            var changed = false;
            if (Touches(setpoint))
            {
                var requested = RegisterWriter.Read(unit, setpoint).Number;
                var accepted = double.IsFinite(requested) ? Math.Clamp(requested, 0, MaxFrequencyHz) : simulation.FrequencySetpointHz;
                changed |= accepted != requested;
                simulation.SetFrequencySetpoint(accepted);
            }

            if (Touches(run))
            {
                var command = RegisterWriter.Read(unit, run).Number;
                if (command == 1)
                {
                    simulation.StartMotor();
                }
                else if (command == 0)
                {
                    simulation.StopMotor();
                }
                else
                {
                    changed = true; // Not a command this VSD knows: the register falls back to its state.
                }
            }

            if (changed)
            {
                unit.HoldingRegisters.Written -= OnCommandWritten;
                try
                {
                    PublishCommands();
                }
                finally
                {
                    unit.HoldingRegisters.Written += OnCommandWritten;
                }
            }
        }
    }
}
