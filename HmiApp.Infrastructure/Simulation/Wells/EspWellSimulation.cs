using HmiApp.Domain.Wells;

namespace HmiApp.Infrastructure.Simulation.Wells;

/// <summary>
/// An ESP well stepped through simulated time. The VSD frequency drives the pump by the affinity laws
/// (flow ~ f, head ~ f^2, torque and the load part of the current ~ f^2 times the hydraulic load); the annulus
/// is a tank fed by the reservoir (inflow = PI x drawdown) and drained by the pump, so intake pressure falls
/// as flow rises; the motor heats with current squared and cools with the fluid velocity past it, through a
/// first-order lag. Faults bend these relations as docs/simulated-wells.md describes.
/// Deterministic for a given seed and sequence of calls: the clock only moves in <see cref="Advance"/>, and
/// the generator is drawn the same number of times whatever faults are active.
/// Not thread-safe: one owner steps it and issues commands (a server exposing it must serialise access).
/// </summary>
public sealed class EspWellSimulation
{
    private const int FlowVarianceSamples = 10;

    private readonly EspWellSimulationSettings _settings;
    private readonly Well _well;
    private readonly GaussianNoise _noise;
    private readonly Dictionary<WellFault, TimeSpan> _faultStarts = [];
    private readonly Queue<double> _recentFlows = new();
    private readonly double _ratedCoolingVelocity;

    private TimeSpan _elapsed;
    private double _frequencyHz;
    private double _annulusPressurePsi;
    private double _motorTemperatureC;
    private double _slug;
    private State _state;

    public EspWellSimulation(EspWellSimulationSettings settings, DateTimeOffset start, int seed)
    {
        if (settings.IntegrationStep <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.IntegrationStep, "IntegrationStep must be positive");
        }

        if (settings.ReservoirPressurePsi <= settings.MinimumIntakePressurePsi)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), settings.ReservoirPressurePsi, "ReservoirPressurePsi must exceed MinimumIntakePressurePsi");
        }

        _settings = settings;
        _well = settings.Well;
        _noise = new GaussianNoise(seed);
        Start = start;
        FrequencySetpointHz = _well.RatedFrequencyHz;
        _annulusPressurePsi = settings.ReservoirPressurePsi;
        _motorTemperatureC = settings.FluidTemperatureC;
        _ratedCoolingVelocity = _well.FluidVelocityPastMotorFeetPerSecond(_well.RatedFlowBblPerDay);
    }

    public DateTimeOffset Start { get; }

    public DateTimeOffset Now => Start + _elapsed;

    public double FrequencySetpointHz { get; private set; }

    public bool RunCommanded { get; private set; }

    public double FrequencyHz => _frequencyHz;

    public IReadOnlyCollection<WellFault> ActiveFaults => _faultStarts.Keys;

    /// <summary>The VSD ramps towards the new setpoint at <see cref="EspWellSimulationSettings.FrequencyRampHzPerSecond"/>.</summary>
    public void SetFrequencySetpoint(double hz)
    {
        if (!double.IsFinite(hz) || hz <= 0 || hz > WellTelemetryReading.MaxVsdFrequencyHz)
        {
            throw new ArgumentOutOfRangeException(nameof(hz), hz, $"frequency setpoint must be above 0 and at most {WellTelemetryReading.MaxVsdFrequencyHz} Hz");
        }

        FrequencySetpointHz = hz;
    }

    public void StartMotor() => RunCommanded = true;

    /// <summary>The VSD ramps down; the motor counts as stopped when the frequency reaches zero.</summary>
    public void StopMotor() => RunCommanded = false;

    /// <summary>Starts a fault now; starting one that is already active keeps its original onset.</summary>
    public void StartFault(WellFault fault)
    {
        if (!Enum.IsDefined(fault))
        {
            throw new ArgumentOutOfRangeException(nameof(fault), fault, "unknown well fault");
        }

        _faultStarts.TryAdd(fault, _elapsed);
    }

    /// <summary>Ends a fault (the repair is done); slow states such as temperature and intake pressure then settle by themselves.</summary>
    public void ClearFault(WellFault fault) => _faultStarts.Remove(fault);

    /// <summary>Moves simulated time on and returns the reading at the new time.</summary>
    public WellTelemetryReading Advance(TimeSpan elapsed)
    {
        if (elapsed <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(elapsed), elapsed, "simulated time must move forward");
        }

        var remaining = elapsed;
        while (remaining > TimeSpan.Zero)
        {
            var step = remaining < _settings.IntegrationStep ? remaining : _settings.IntegrationStep;
            Integrate(step.TotalSeconds);
            _elapsed += step;
            remaining -= step;
        }

        return Read();
    }

    /// <summary>How far a fault has developed: 0 when inactive, rising linearly to 1 over its onset time.</summary>
    private double Severity(WellFault fault) => _faultStarts.TryGetValue(fault, out var started)
        ? Math.Clamp((_elapsed - started).TotalSeconds / OnsetSeconds(fault), 0, 1)
        : 0;

    private static double OnsetSeconds(WellFault fault) => fault switch
    {
        WellFault.BrokenShaft => 2,
        WellFault.ClosedValve => 5,
        WellFault.Overload or WellFault.PhaseImbalance => 30,
        WellFault.GasInterference or WellFault.GasLock or WellFault.BlockedIntake or WellFault.MotorOverheating => 60,
        WellFault.TubingLeak => 90,
        WellFault.BearingWear or WellFault.InsulationBreakdown => 120,
        WellFault.PumpOff => 180,
        WellFault.ScaleOrSolids => 240,
        _ => throw new ArgumentOutOfRangeException(nameof(fault), fault, "unknown well fault"),
    };

    private void Integrate(double dt)
    {
        var target = RunCommanded ? FrequencySetpointHz : 0;
        var ramp = _settings.FrequencyRampHzPerSecond * dt;
        _frequencyHz = _frequencyHz < target ? Math.Min(target, _frequencyHz + ramp) : Math.Max(target, _frequencyHz - ramp);

        // Gas slugs: an Ornstein-Uhlenbeck process (5 s correlation, unit spread), drawn every step so the
        // random sequence does not depend on which faults are active.
        const double slugSeconds = 5;
        _slug += (-_slug * dt / slugSeconds) + (Math.Sqrt(2 * dt / slugSeconds) * _noise.Next());

        _state = Compute();

        var inflow = _state.ProductivityIndex * Math.Max(0, _state.ReservoirPressure - _annulusPressurePsi);
        var capacitance = _settings.ProductivityIndexBblPerDayPerPsi * _settings.AnnulusTimeConstant.TotalSeconds;
        _annulusPressurePsi += (inflow - _state.IntakeFlow) / capacitance * dt;
        _annulusPressurePsi = Math.Max(_annulusPressurePsi, _settings.MinimumIntakePressurePsi);

        var tau = _settings.MotorThermalTimeConstant.TotalSeconds;
        _motorTemperatureC += (_state.MotorTemperatureTarget - _motorTemperatureC) * Math.Min(1, dt / tau);
    }

    private State Compute()
    {
        var gasInterference = Severity(WellFault.GasInterference);
        var gasLock = Severity(WellFault.GasLock);
        var pumpOff = Severity(WellFault.PumpOff);
        var brokenShaft = Severity(WellFault.BrokenShaft);
        var tubingLeak = Severity(WellFault.TubingLeak);
        var closedValve = Severity(WellFault.ClosedValve);
        var blockedIntake = Severity(WellFault.BlockedIntake);
        var scale = Severity(WellFault.ScaleOrSolids);
        var overheating = Severity(WellFault.MotorOverheating);
        var bearing = Severity(WellFault.BearingWear);
        var overload = Severity(WellFault.Overload);
        var imbalance = Severity(WellFault.PhaseImbalance);

        var speed = _frequencyHz / _well.RatedFrequencyHz;
        var running = _frequencyHz > 0;

        // Free gas at the intake: a mean fraction plus slugging about it.
        var gasMean = Math.Max(0.25 * gasInterference, 0.80 * gasLock);
        var gasSwing = 0.12 * Math.Max(gasInterference, gasLock);
        var gas = Math.Clamp(gasMean + (gasSwing * _slug), 0, 0.95);

        // Gas comes out when the pressure feeding the pump falls; pump-off is a reservoir that can no longer keep up.
        var reservoirPressure = _settings.ReservoirPressurePsi - (400 * gasInterference) - (900 * gasLock) - (600 * pumpOff);
        var productivityIndex = _settings.ProductivityIndexBblPerDayPerPsi * (1 - (0.6 * pumpOff));

        var cleanCapacity = _well.RatedFlowBblPerDay * speed;
        var capacity = cleanCapacity * (1 - gas) * (1 - (0.25 * scale)) * (1 - (0.97 * blockedIntake))
            * (1 - closedValve) * (1 - brokenShaft) * (1 - (0.03 * overload));

        // The pump cannot draw liquid once the annulus is down to the minimum intake pressure.
        const double starvationBandPsi = 50;
        var starvation = Math.Clamp((_annulusPressurePsi - _settings.MinimumIntakePressurePsi) / starvationBandPsi, 0, 1);
        var intakeFlow = capacity * starvation;
        var surfaceFlow = intakeFlow * (1 - (0.35 * tubingLeak));

        // Hydraulic load relative to normal: shut-off power is about a third of best-efficiency power.
        var flowFraction = cleanCapacity > 0 ? intakeFlow / cleanCapacity : 0;
        var load = (0.35 + (0.65 * flowFraction)) * (1 - gas) * (1 - (0.8 * blockedIntake)) * (1 - brokenShaft)
            * (1 + (0.4 * scale)) * (1 + (0.05 * bearing));
        var ratedCurrent = _well.RatedMotorCurrentAmps;
        var noLoadCurrent = _settings.NoLoadCurrentRatio * ratedCurrent;
        var operatingCurrent = _settings.OperatingCurrentRatio * ratedCurrent;

        // Overload is mechanical drag (a tight pump, solids in the bearings): a torque that does not fall
        // with speed, so it overloads the motor at any frequency.
        var dragCurrent = running ? 0.7 * ratedCurrent * overload : 0;
        var loadCurrent = ((operatingCurrent - noLoadCurrent) * speed * speed * load) + dragCurrent;
        var current = running ? (noLoadCurrent + loadCurrent) * (1 + (0.06 * imbalance)) : 0;
        var torque = running
            ? _settings.RatedTorqueNewtonMetres * loadCurrent / (ratedCurrent - noLoadCurrent)
            : 0;

        var velocity = _well.FluidVelocityPastMotorFeetPerSecond(intakeFlow);
        var cooling = Math.Max(velocity / _ratedCoolingVelocity, 0.1) * (1 - (0.7 * overheating));
        var ratedRise = _well.RatedMotorTemperatureC - _settings.FluidTemperatureC;
        var currentRatio = current / ratedCurrent;
        var temperatureTarget = _settings.FluidTemperatureC + (ratedRise * currentRatio * currentRatio / cooling * (1 + (0.5 * imbalance)));

        return new State(reservoirPressure, productivityIndex, intakeFlow, surfaceFlow, current, torque, temperatureTarget, gas, speed, running);
    }

    private WellTelemetryReading Read()
    {
        var s = _state;
        var blockedIntake = Severity(WellFault.BlockedIntake);
        var bearing = Severity(WellFault.BearingWear);
        var brokenShaft = Severity(WellFault.BrokenShaft);
        var imbalance = Severity(WellFault.PhaseImbalance);
        var insulation = Severity(WellFault.InsulationBreakdown);
        var gasFaults = Math.Max(Severity(WellFault.GasInterference), Severity(WellFault.GasLock));

        // Always nine draws, in this order, so runs with and without faults stay in step.
        var n = new double[9];
        for (var i = 0; i < n.Length; i++)
        {
            n[i] = _noise.Next();
        }

        var flow = Math.Max(0, s.SurfaceFlow * (1 + (0.015 * n[0])));
        _recentFlows.Enqueue(flow);
        if (_recentFlows.Count > FlowVarianceSamples)
        {
            _recentFlows.Dequeue();
        }

        // The gauge sits at the intake ports: with a plugged screen the pump sucks that cavity down towards
        // the minimum intake pressure even though the annulus outside refills.
        var gaugePressure = _annulusPressurePsi + ((_settings.MinimumIntakePressurePsi + 50 - _annulusPressurePsi) * blockedIntake);
        var pulsation = 15 * gasFaults * _slug;
        var intakePressure = Math.Max(0, (gaugePressure * (1 + (0.004 * n[1]))) + pulsation);

        var vibration = s.Running
            ? ((_settings.BaselineVibrationG * s.Speed * s.Speed * (1 + (0.5 * s.Gas)) * (1 - (0.5 * brokenShaft))) + (0.9 * bearing)) * (1 + (0.05 * n[2]))
            : 0;
        var unbalance = s.Running ? _settings.BaselineCurrentUnbalancePercent + (10.5 * imbalance) + (0.1 * n[3]) : 0;
        var insulationResistance = _settings.InsulationResistanceMegohms * Math.Exp(Math.Log(1e-4) * insulation) * (1 + (0.01 * n[4]));

        return new WellTelemetryReading(
            Timestamp: Now,
            FlowRateBblPerDay: flow,
            PumpIntakePressurePsi: intakePressure,
            MotorCurrentAmps: Math.Max(0, s.Current * (1 + (0.008 * n[5]))),
            MotorTemperatureC: _motorTemperatureC + (0.1 * n[6]),
            VibrationG: Math.Max(0, vibration),
            VsdFrequencyHz: _frequencyHz,
            FlowVariancePercent: FlowVariancePercent(),
            TorqueNewtonMetres: Math.Max(0, s.Torque * (1 + (0.01 * n[7]))),
            GasOilRatioScfPerBbl: Math.Max(0, _settings.GasOilRatioScfPerBbl * (1 + (3 * s.Gas)) * (1 + (0.02 * n[8]))),
            CurrentUnbalancePercent: Math.Max(0, unbalance),
            InsulationResistanceMegohms: Math.Max(0, insulationResistance),
            IsRunning: s.Running);
    }

    private double FlowVariancePercent()
    {
        var mean = _recentFlows.Average();
        if (mean <= 0)
        {
            return 0;
        }

        var variance = _recentFlows.Sum(f => (f - mean) * (f - mean)) / _recentFlows.Count;
        return 100 * Math.Sqrt(variance) / mean;
    }

    private readonly record struct State(
        double ReservoirPressure,
        double ProductivityIndex,
        double IntakeFlow,
        double SurfaceFlow,
        double Current,
        double Torque,
        double MotorTemperatureTarget,
        double Gas,
        double Speed,
        bool Running);
}
