using HmiApp.Domain.Wells;

namespace HmiApp.Infrastructure.Simulation.Wells;

/// <summary>
/// The physical constants of a simulated well beyond its nameplate. Defaults describe a 2000 bbl/d ESP in
/// 7 in casing with a healthy reservoir; the time constants are shortened (annulus 20 s, motor 90 s) so a
/// fault shows within minutes of simulated time.
/// </summary>
public sealed record EspWellSimulationSettings(Well Well)
{
    /// <summary>Static reservoir pressure referred to the pump intake (intake pressure with no flow).</summary>
    public double ReservoirPressurePsi { get; init; } = 1500;

    /// <summary>Inflow per psi of drawdown.</summary>
    public double ProductivityIndexBblPerDayPerPsi { get; init; } = 2.0;

    /// <summary>Intake pressure at which the pump can draw no more liquid (pump-off floor).</summary>
    public double MinimumIntakePressurePsi { get; init; } = 30;

    public TimeSpan AnnulusTimeConstant { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Motor current at rated frequency and normal load, as a fraction of rated current.</summary>
    public double OperatingCurrentRatio { get; init; } = 0.85;

    /// <summary>Magnetising (no-load) current as a fraction of rated current.</summary>
    public double NoLoadCurrentRatio { get; init; } = 0.30;

    public double RatedTorqueNewtonMetres { get; init; } = 300;

    /// <summary>Temperature of the produced fluid at the motor; a stopped motor settles here.</summary>
    public double FluidTemperatureC { get; init; } = 80;

    public TimeSpan MotorThermalTimeConstant { get; init; } = TimeSpan.FromSeconds(90);

    public double FrequencyRampHzPerSecond { get; init; } = 1.0;

    public double BaselineVibrationG { get; init; } = 0.1;

    public double GasOilRatioScfPerBbl { get; init; } = 300;

    public double BaselineCurrentUnbalancePercent { get; init; } = 1.5;

    public double InsulationResistanceMegohms { get; init; } = 2000;

    /// <summary>Internal integration step; readings may be taken at any interval.</summary>
    public TimeSpan IntegrationStep { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>A 2000 bbl/d, 50 A, 60 Hz well in 7 in casing (6.276 in ID) with a 5.62 in motor.</summary>
    public static Well ExampleWell(string id = "W-101") => new(
        id,
        name: "Well 101",
        field: "North Field",
        pumpModel: "ESP-538 / 150 hp",
        ratedFlowBblPerDay: 2000,
        ratedMotorCurrentAmps: 50,
        ratedFrequencyHz: 60,
        ratedMotorTemperatureC: 120,
        maxMotorTemperatureC: 150,
        casingInnerDiameterInches: 6.276,
        motorOuterDiameterInches: 5.62);
}
