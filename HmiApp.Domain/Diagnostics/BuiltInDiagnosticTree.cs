using HmiApp.Domain.Wells;
using P = HmiApp.Domain.Diagnostics.WellDiagnosticParameters;

namespace HmiApp.Domain.Diagnostics;

/// <summary>
/// The ESP tree shipped with the HMI, produced as data (the same shape an engineer would load as JSON).
/// Order matters: electrical and overload faults first, then erratic (gas) signatures, then the hydraulic
/// signatures that name a cause, and only then symptoms (heat, vibration) without a hydraulic cause.
/// docs/diagnostics.md walks through it and tabulates every threshold.
/// </summary>
public static class BuiltInDiagnosticTree
{
    public const string TreeId = "esp-builtin";
    public const int TreeVersion = 3;

    public static DiagnosticTree Create()
    {
        var nodes = new List<DiagnosticNode>
        {
            Decide("running", TelemetryFeature.Latest, TelemetrySignal.Running, ComparisonOperator.LessThan, Threshold.Absolute(0.5), "leaf-stopped", "phase-unbalance"),
            Decide("phase-unbalance", TelemetryFeature.Mean, TelemetrySignal.CurrentUnbalance, ComparisonOperator.GreaterThanOrEqual, P.MaxCurrentUnbalancePercent, "leaf-phase-imbalance", "insulation"),
            Decide("insulation", TelemetryFeature.Minimum, TelemetrySignal.InsulationResistance, ComparisonOperator.LessThanOrEqual, P.MinInsulationResistanceMegohms, "leaf-insulation", "frequency-transient"),

            // While the VSD ramps, every hydraulic signal moves with the frequency and is no match for the baseline.
            Decide("frequency-transient", TelemetryFeature.CoefficientOfVariation, TelemetrySignal.VsdFrequency, ComparisonOperator.GreaterThanOrEqual, P.FrequencyTransientLevel, "leaf-transient", "overload"),
            Decide("overload", TelemetryFeature.RatioToRated, TelemetrySignal.MotorCurrent, ComparisonOperator.GreaterThanOrEqual, P.OverloadCurrentRatio, "leaf-overload", "flow-ended"),

            // Judge a window by where it ended, not by its mean: a shaft that broke half-way through leaves a mean
            // flow of half the baseline. Lost flow with a smooth current at no-load is a broken shaft; lost flow
            // with intake pressure building is a pump deadheading against a closed valve. Both are Critical and
            // are checked before any gas branch, so a step can never be read as erratic gas.
            Decide("flow-ended", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.FlowRate, ComparisonOperator.LessThanOrEqual, P.NoFlowRatio, "ended-current-smooth", "free-gas"),
            Decide("ended-current-smooth", TelemetryFeature.SuccessiveDifferenceErraticness, TelemetrySignal.MotorCurrent, ComparisonOperator.LessThan, P.ErraticCurrentLevel, "ended-no-load", "erratic-current"),
            Decide("ended-no-load", TelemetryFeature.EndRatioToRated, TelemetrySignal.MotorCurrent, ComparisonOperator.LessThanOrEqual, P.NearNoLoadCurrentRatio, "no-load-gas", "ended-intake-rising"),

            // Free gas at the pump shows in the produced gas-oil ratio. A gas-locked pump looks like a broken shaft
            // (no flow, current near no-load) or a pump-off (intake pressure down), but neither of those frees gas.
            // A closed valve is Critical whatever the gas does, so it is asked before the gas-oil ratio.
            Decide("no-load-gas", TelemetryFeature.RatioToBaseline, TelemetrySignal.GasOilRatio, ComparisonOperator.GreaterThanOrEqual, P.FreeGasGasOilRatio, "gas-flow", "ended-intake-falling"),

            // A plugged intake screen also unloads the motor, but the pump sucks the gauge down; a broken shaft stops
            // drawing on the annulus, so its intake pressure holds or builds.
            Decide("ended-intake-falling", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.PumpIntakePressure, ComparisonOperator.LessThanOrEqual, P.IntakePressureFallingRatio, "leaf-blocked-intake", "leaf-broken-shaft"),
            Decide("ended-intake-rising", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.PumpIntakePressure, ComparisonOperator.GreaterThanOrEqual, P.IntakePressureRisingRatio, "leaf-closed-valve", "free-gas"),

            // With flow still coming, a high gas-oil ratio alone is not a pump problem (a gassier zone, a test separator
            // reading): it names gas only once the pump delivers less for it.
            Decide("free-gas", TelemetryFeature.RatioToBaseline, TelemetrySignal.GasOilRatio, ComparisonOperator.GreaterThanOrEqual, P.FreeGasGasOilRatio, "free-gas-costs-flow", "intake-ended-low"),
            Decide("free-gas-costs-flow", TelemetryFeature.RatioToBaseline, TelemetrySignal.FlowRate, ComparisonOperator.LessThanOrEqual, P.LowFlowRatio, "gas-flow", "intake-ended-low"),

            // Pump-off: the fluid level is drawn down to the intake, so the intake pressure ends far below baseline
            // while the current stays smooth (gas would make it swing).
            Decide("intake-ended-low", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.PumpIntakePressure, ComparisonOperator.LessThanOrEqual, P.PumpOffIntakePressureRatio, "pump-off-smooth", "erratic-current"),
            Decide("pump-off-smooth", TelemetryFeature.SuccessiveDifferenceErraticness, TelemetrySignal.MotorCurrent, ComparisonOperator.LessThan, P.ErraticCurrentLevel, "leaf-pump-off", "erratic-current"),

            // Fluctuation from successive differences: neither a ramp nor one step nor an isolated sensor spike fakes it.
            Decide("erratic-current", TelemetryFeature.SuccessiveDifferenceErraticness, TelemetrySignal.MotorCurrent, ComparisonOperator.GreaterThanOrEqual, P.ErraticCurrentLevel, "erratic-intake", "erratic-flow"),

            // Near no-load the current swings little in absolute terms; flow swinging with it is the other half of the signature.
            Decide("erratic-flow", TelemetryFeature.SuccessiveDifferenceErraticness, TelemetrySignal.FlowRate, ComparisonOperator.GreaterThanOrEqual, P.ErraticFlowLevel, "erratic-intake", "no-flow"),

            // Gas: the intake pressure either fluctuates with the slugs or falls smoothly towards the bubble point,
            // releasing more free gas; either one beside an erratic current and flow is gas.
            Decide("erratic-intake", TelemetryFeature.SuccessiveDifferenceErraticness, TelemetrySignal.PumpIntakePressure, ComparisonOperator.GreaterThanOrEqual, P.FluctuatingIntakePressureLevel, "gas-flow", "intake-falling-to-gas"),
            Decide("intake-falling-to-gas", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.PumpIntakePressure, ComparisonOperator.LessThanOrEqual, P.IntakePressureFallingRatio, "gas-flow", "no-flow"),
            Decide("gas-flow", TelemetryFeature.RatioToBaseline, TelemetrySignal.FlowRate, ComparisonOperator.LessThanOrEqual, P.GasLockFlowRatio, "leaf-gas-lock", "leaf-gas-interference"),

            Decide("no-flow", TelemetryFeature.RatioToBaseline, TelemetrySignal.FlowRate, ComparisonOperator.LessThanOrEqual, P.NoFlowRatio, "no-flow-intake-rising", "low-flow"),
            Decide("no-flow-intake-rising", TelemetryFeature.RatioToBaseline, TelemetrySignal.PumpIntakePressure, ComparisonOperator.GreaterThanOrEqual, P.IntakePressureRisingRatio, "no-flow-no-load", "no-flow-intake-falling"),
            Decide("no-flow-no-load", TelemetryFeature.RatioToRated, TelemetrySignal.MotorCurrent, ComparisonOperator.LessThanOrEqual, P.NearNoLoadCurrentRatio, "leaf-broken-shaft", "leaf-closed-valve"),
            Decide("no-flow-intake-falling", TelemetryFeature.RatioToBaseline, TelemetrySignal.PumpIntakePressure, ComparisonOperator.LessThanOrEqual, P.IntakePressureFallingRatio, "leaf-blocked-intake", "leaf-no-flow"),

            Decide("low-flow", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.FlowRate, ComparisonOperator.LessThanOrEqual, P.LowFlowRatio, "low-flow-current-up", "underload"),
            Decide("low-flow-current-up", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.MotorCurrent, ComparisonOperator.GreaterThanOrEqual, P.ScaleCurrentRatio, "leaf-scale", "low-flow-current-down"),
            Decide("low-flow-current-down", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.MotorCurrent, ComparisonOperator.LessThanOrEqual, P.UnderloadCurrentRatio, "pump-off-intake", "leak-intake-falling"),
            Decide("pump-off-intake", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.PumpIntakePressure, ComparisonOperator.LessThanOrEqual, P.PumpOffIntakePressureRatio, "leaf-pump-off", "leaf-underload"),
            Decide("leak-intake-falling", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.PumpIntakePressure, ComparisonOperator.LessThanOrEqual, P.IntakePressureFallingRatio, "leaf-low-flow", "leak-intake-rising"),
            Decide("leak-intake-rising", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.PumpIntakePressure, ComparisonOperator.GreaterThanOrEqual, P.IntakePressureRisingRatio, "leaf-low-flow", "leaf-tubing-leak"),

            Decide("underload", TelemetryFeature.EndRatioToBaseline, TelemetrySignal.MotorCurrent, ComparisonOperator.LessThanOrEqual, P.UnderloadCurrentRatio, "leaf-underload", "overheat"),
            Decide("overheat", TelemetryFeature.EndHeadroomToLimit, TelemetrySignal.MotorTemperature, ComparisonOperator.LessThanOrEqual, P.OverheatHeadroomC, "overheat-cooling", "vibration-absolute"),
            Decide("overheat-cooling", TelemetryFeature.Mean, TelemetrySignal.FluidVelocityPastMotor, ComparisonOperator.LessThan, P.MinCoolingVelocityFtPerSec, "leaf-overheat-low-cooling", "leaf-overheat"),
            Decide("vibration-absolute", TelemetryFeature.Mean, TelemetrySignal.Vibration, ComparisonOperator.GreaterThanOrEqual, P.MaxVibrationG, "leaf-high-vibration", "vibration-baseline"),
            Decide("vibration-baseline", TelemetryFeature.RatioToBaseline, TelemetrySignal.Vibration, ComparisonOperator.GreaterThanOrEqual, P.HighVibrationBaselineRatio, "leaf-high-vibration", "leaf-normal"),

            Leaf("leaf-normal", DiagnosisCodes.Normal, "Normal operation", DiagnosisSeverity.Info, 0.9, TimeSpan.Zero,
                "No action: keep monitoring."),
            Leaf("leaf-stopped", DiagnosisCodes.Stopped, "Well stopped", DiagnosisSeverity.Info, 0.99, TimeSpan.FromHours(1),
                "Confirm the stop was intended (planned shutdown, trip or power loss).",
                "Read the VSD alarm log before restarting."),
            Leaf("leaf-transient", DiagnosisCodes.FrequencyTransient, "Frequency changing: diagnosis paused", DiagnosisSeverity.Info, 0.9, TimeSpan.FromMinutes(5),
                "Wait for the VSD to reach its setpoint; diagnosis resumes with the next steady window.",
                "After a lasting setpoint change, take a new baseline at the new frequency."),
            Leaf("leaf-phase-imbalance", DiagnosisCodes.PhaseImbalance, "Electrical fault: phase current unbalance", DiagnosisSeverity.High, 0.8, TimeSpan.FromHours(8),
                "Compare the three phase currents and voltages at the VSD output and the transformer.",
                "Inspect the junction box and surface cable; megger cable and motor at the next stop.",
                "If the unbalance keeps rising, plan a stop before the motor overheats."),
            Leaf("leaf-insulation", DiagnosisCodes.InsulationFault, "Electrical fault: low insulation resistance", DiagnosisSeverity.Critical, 0.8, TimeSpan.FromDays(3),
                "Plan a controlled stop and megger cable and motor phase-to-ground.",
                "Do not restart after a ground-fault trip before the insulation test.",
                "Prepare a workover if the fault is downhole."),
            Leaf("leaf-overload", DiagnosisCodes.Overload, "Motor overload", DiagnosisSeverity.Critical, 0.85, TimeSpan.FromHours(4),
                "Lower the VSD frequency to bring the current under rated.",
                "Look for heavy fluid, emulsion or solids raising the load.",
                "Check supply voltage and the overload trip setting."),
            Leaf("leaf-gas-interference", DiagnosisCodes.GasInterference, "Gas interference", DiagnosisSeverity.Medium, 0.75, TimeSpan.FromHours(8),
                "Vent casing gas to the flowline.",
                "Lower the frequency to raise intake pressure above the bubble point.",
                "Consider a gas separator or gas handler at the next pull."),
            WithAlternatives(Leaf("leaf-gas-lock", DiagnosisCodes.GasLock, "Gas lock", DiagnosisSeverity.High, 0.8, TimeSpan.FromHours(4),
                "Stop, let the gas migrate out of the pump, and restart as the site procedure says.",
                "If the flow does not come back after the restart, treat it as a broken shaft.",
                "Vent casing gas; lower the frequency to raise intake pressure.",
                "Consider a gas separator or gas handler at the next pull."),
                new DiagnosisAlternative(DiagnosisCodes.GasInterference, "Gas interference", DiagnosisSeverity.Medium, 0.25, "the flow between slugs: a locked pump delivers almost nothing until it is stopped and restarted; with interference the flow keeps coming, only unsteadily")),
            WithAlternatives(Leaf("leaf-broken-shaft", DiagnosisCodes.BrokenShaft, "Broken shaft", DiagnosisSeverity.Critical, 0.8, TimeSpan.FromDays(7),
                "Stop the well: the pump no longer lifts fluid.",
                "Confirm with the site's restart or rotation test.",
                "Plan a workover to pull the ESP."),
                new DiagnosisAlternative(DiagnosisCodes.ClosedValve, "Closed valve downstream", DiagnosisSeverity.Critical, 0.15, "the current: a closed valve keeps the pump at its shut-in load, well above no-load, and the wellhead pressure high; a broken shaft leaves the motor at no-load current and the wellhead pressure falls")),
            WithAlternatives(Leaf("leaf-closed-valve", DiagnosisCodes.ClosedValve, "Closed valve downstream (pump deadheading)", DiagnosisSeverity.Critical, 0.8, TimeSpan.FromHours(1),
                "Check wellhead, choke and flowline valves for one closed.",
                "Stop the well if flow does not return within minutes: deadheading overheats motor and pump."),
                new DiagnosisAlternative(DiagnosisCodes.BrokenShaft, "Broken shaft", DiagnosisSeverity.Critical, 0.15, "the current: a closed valve keeps the pump at its shut-in load, well above no-load, and the wellhead pressure high; a broken shaft leaves the motor at no-load current and the wellhead pressure falls")),
            WithAlternatives(Leaf("leaf-blocked-intake", DiagnosisCodes.BlockedIntake, "Blocked pump intake", DiagnosisSeverity.High, 0.7, TimeSpan.FromDays(2),
                "Suspect sand, scale or debris on the intake screen.",
                "Stop before the motor overheats; consider back-flushing or a chemical treatment.",
                "Plan a workover if flow does not recover."),
                new DiagnosisAlternative(DiagnosisCodes.PumpOff, "Pump-off", DiagnosisSeverity.High, 0.2, "an acoustic fluid-level shot: behind a plugged intake the annulus level stays high while the gauge reads low; at pump-off the level is down at the intake")),
            Leaf("leaf-no-flow", DiagnosisCodes.NoFlow, "Flow lost, cause unclear", DiagnosisSeverity.High, 0.5, TimeSpan.FromHours(4),
                "Check the flow meter against the test separator or tank.",
                "Check valves and choke; watch the intake pressure trend."),
            Leaf("leaf-scale", DiagnosisCodes.ScaleOrSolids, "Scale or solids in the pump", DiagnosisSeverity.Medium, 0.7, TimeSpan.FromDays(3),
                "Take a fluid sample for scale and solids.",
                "Plan a scale inhibitor or acid treatment.",
                "Watch the current trend and stop before overload."),
            WithAlternatives(Leaf("leaf-pump-off", DiagnosisCodes.PumpOff, "Pump-off (inflow below pump capacity)", DiagnosisSeverity.High, 0.8, TimeSpan.FromHours(12),
                "Lower the VSD frequency to match the inflow.",
                "Consider intake-pressure control or an intermittent run schedule.",
                "Watch motor temperature: little fluid moves past the motor to cool it."),
                new DiagnosisAlternative(DiagnosisCodes.GasInterference, "Gas interference", DiagnosisSeverity.Medium, 0.2, "the gas-oil ratio and the ammeter chart: gas raises the GOR above the baseline and makes the current swing; at pump-off the GOR stays at baseline and the current falls smoothly")),
            Leaf("leaf-underload", DiagnosisCodes.Underload, "Underload", DiagnosisSeverity.Medium, 0.6, TimeSpan.FromHours(12),
                "Check fluid level and intake pressure trend for an approaching pump-off.",
                "Compare with the last well test: lighter fluid or more gas lowers the load.",
                "Check the underload trip setting."),
            Leaf("leaf-tubing-leak", DiagnosisCodes.TubingLeak, "Tubing leak (fluid recirculating)", DiagnosisSeverity.High, 0.7, TimeSpan.FromDays(5),
                "Check the annulus fluid level and wellhead pressure for recirculation.",
                "Pressure-test the tubing at the next opportunity.",
                "Plan a workover to replace the leaking joint."),
            Leaf("leaf-low-flow", DiagnosisCodes.LowFlow, "Low flow, cause unclear", DiagnosisSeverity.Medium, 0.5, TimeSpan.FromHours(8),
                "Check the flow meter and run a well test.",
                "Check choke and flowline pressure."),
            Leaf("leaf-overheat", DiagnosisCodes.MotorOverheating, "Motor overheating", DiagnosisSeverity.High, 0.8, TimeSpan.FromHours(8),
                "Lower the frequency to reduce the load.",
                "Stop before the motor reaches its maximum temperature.",
                "Check the motor (oil, insulation) at the next stop."),
            Leaf("leaf-overheat-low-cooling", DiagnosisCodes.MotorOverheatingLowCooling, "Motor overheating: too little fluid past the motor", DiagnosisSeverity.High, 0.85, TimeSpan.FromDays(1),
                "Fluid velocity past the motor is below the cooling minimum: raise the flow or fit a shroud.",
                "Lower the load and stop before the maximum motor temperature."),
            Leaf("leaf-high-vibration", DiagnosisCodes.HighVibration, "High vibration (bearing wear)", DiagnosisSeverity.Medium, 0.7, TimeSpan.FromDays(2),
                "Move the frequency away from any resonance and watch the trend.",
                "Look for solids or bearing wear; plan a pull if the vibration keeps rising."),
        };

        return new DiagnosticTree(
            TreeId,
            TreeVersion,
            new DateTimeOffset(2026, 11, 22, 0, 0, 0, TimeSpan.Zero),
            "HMI built-in",
            "ESP well diagnosis from flow, intake pressure, current, temperature, vibration and electrical signals",
            "running",
            nodes);
    }

    private static DiagnosticNode Decide(string id, TelemetryFeature feature, TelemetrySignal signal, ComparisonOperator comparison, string parameter, string whenTrue, string whenFalse) =>
        Decide(id, feature, signal, comparison, Threshold.OfParameter(parameter), whenTrue, whenFalse);

    private static DiagnosticNode Decide(string id, TelemetryFeature feature, TelemetrySignal signal, ComparisonOperator comparison, Threshold threshold, string whenTrue, string whenFalse) =>
        DiagnosticNode.Decision(id, new FeatureTest(feature, signal, comparison, threshold), whenTrue, whenFalse);

    private static DiagnosticNode WithAlternatives(DiagnosticNode leaf, params DiagnosisAlternative[] alternatives) =>
        leaf with { Diagnosis = leaf.Diagnosis! with { Alternatives = alternatives } };

    private static DiagnosticNode Leaf(string id, string code, string title, DiagnosisSeverity severity, double confidence, TimeSpan resolution, params string[] actions) =>
        DiagnosticNode.Leaf(id, new Diagnosis(code, title, severity, confidence, actions, resolution));
}
