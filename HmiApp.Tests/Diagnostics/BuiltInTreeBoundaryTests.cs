using HmiApp.Domain.Diagnostics;
using static HmiApp.Domain.Diagnostics.DiagnosisCodes;

namespace HmiApp.Tests.Diagnostics;

/// <summary>
/// Every built-in diagnosis just inside and just outside each threshold on its path, with the default
/// parameters. "Inside" moves the deciding feature 0.1 % past the threshold (or onto it, for >= and &lt;=),
/// "outside" 0.1 % short of it; the other signals sit where the diagnosis expects them.
/// </summary>
public sealed class BuiltInTreeBoundaryTests
{
    private const double D = 1e-3;

    private static readonly TelemetryScenario N = TelemetryScenario.Normal;

    // Baseline means of the normal scenario, for building "x times baseline" values.
    private const double Q = 2000;
    private const double Pip = 500;
    private const double I = 42.5;
    private const double RatedI = 50;
    private const double Gor = 300;

    // Erraticness is the median successive difference scaled to a standard deviation (divided by 0.6745 x sqrt 2);
    // the scenario's swing alternates sign every reading, so each difference is twice the swing.
    private const double ErraticnessPerSwing = 2 / (0.6745 * 1.4142135623730951);

    private static readonly Dictionary<string, (TelemetryScenario Scenario, string Expected, TelemetryScenario? Baseline)> Cases = new()
    {
        ["normal"] = (N, Normal, null),

        ["stopped: newest reading not running"] = (N with { LatestRunning = false }, Stopped, null),
        ["stopped outside: only older readings not running"] = (N with { Running = false, LatestRunning = true }, Normal, null),

        ["phase imbalance inside: unbalance 5 %"] = (N with { Unbalance = 5.0 }, PhaseImbalance, null),
        ["phase imbalance outside: unbalance 4.995 %"] = (N with { Unbalance = 5.0 * (1 - D) }, Normal, null),

        ["insulation inside: minimum 1 Mohm"] = (N with { LatestInsulation = 1.0 }, InsulationFault, null),
        ["insulation outside: minimum 1.001 Mohm"] = (N with { LatestInsulation = 1.0 * (1 + D) }, Normal, null),

        ["frequency transient inside: cv 2 %"] = (N with { FrequencySwing = 0.02 * (1 + D) }, FrequencyTransient, null),
        ["frequency transient outside: cv 1.998 %"] = (N with { FrequencySwing = 0.02 * (1 - D) }, Normal, null),

        ["overload inside: 1.25 x rated"] = (N with { Current = 1.25 * RatedI }, Overload, null),
        ["overload outside: 1.249 x rated"] = (N with { Current = 1.25 * RatedI * (1 - D) }, Normal, null),

        ["gas interference"] = (Gas(), GasInterference, null),
        ["gas outside: current erraticness just under 4 %"] = (Gas() with { CurrentSwing = Swing(0.04, -D) }, LowFlow, null),
        ["gas inside: current erraticness just over 4 %"] = (Gas() with { CurrentSwing = Swing(0.04, D) }, GasInterference, null),
        ["gas inside: steady current, flow erraticness just over 8 %"] = (Gas() with { CurrentSwing = 0, FlowSwing = Swing(0.08, D) }, GasInterference, null),
        ["gas outside: steady current, flow erraticness just under 8 %"] = (Gas() with { CurrentSwing = 0, FlowSwing = Swing(0.08, -D) }, LowFlow, null),
        ["gas outside (tubing leak): steady intake pressure, erraticness just under 1.5 %"] = (Gas() with { IntakePressure = Pip, IntakePressureSwing = Swing(0.015, -D) }, TubingLeak, null),
        ["gas inside: steady intake pressure, erraticness just over 1.5 %"] = (Gas() with { IntakePressure = Pip, IntakePressureSwing = Swing(0.015, D) }, GasInterference, null),
        ["gas inside: intake pressure falling smoothly to 0.85 x baseline"] = (Gas() with { IntakePressureSwing = 0, IntakePressure = 0.85 * Pip }, GasInterference, null),
        ["gas outside (tubing leak): intake pressure falling smoothly to 0.8509 x baseline"] = (Gas() with { IntakePressureSwing = 0, IntakePressure = 0.85 * Pip * (1 + D) }, TubingLeak, null),
        ["gas inside: steady signals but gas-oil ratio 1.5 x baseline"] = (Leak() with { GasOilRatio = 1.5 * Gor }, GasInterference, null),
        ["gas outside: gas-oil ratio 1.4985 x baseline"] = (Leak() with { GasOilRatio = 1.5 * Gor * (1 - D) }, TubingLeak, null),
        ["gas-oil ratio high but the flow at baseline: normal"] = (N with { GasOilRatio = 3 * Gor }, Normal, null),
        ["gas inside: gas-oil ratio 3 x baseline, flow 0.85 x baseline"] = (N with { GasOilRatio = 3 * Gor, Flow = 0.85 * Q }, GasInterference, null),
        ["gas outside: gas-oil ratio 3 x baseline, flow 0.8509 x baseline"] = (N with { GasOilRatio = 3 * Gor, Flow = 0.85 * Q * (1 + D) }, Normal, null),
        ["gas lock, not broken shaft: no flow, no-load current, gas-oil ratio 3 x baseline"] = (Shaft() with { GasOilRatio = 3 * Gor }, GasLock, null),
        ["gas lock inside: flow 0.35 x baseline"] = (Gas() with { Flow = 0.35 * Q }, GasLock, null),
        ["gas lock outside: flow 0.3504 x baseline"] = (Gas() with { Flow = 0.35 * Q * (1 + D) }, GasInterference, null),

        ["broken shaft"] = (Shaft(), BrokenShaft, null),
        ["broken shaft inside: current 0.40 x rated"] = (Shaft() with { Current = 0.40 * RatedI }, BrokenShaft, null),
        ["broken shaft outside (closed valve): current 0.4004 x rated"] = (Shaft() with { Current = 0.40 * RatedI * (1 + D) }, ClosedValve, null),
        ["no flow inside: flow 0.15 x baseline"] = (Shaft() with { Flow = 0.15 * Q }, BrokenShaft, null),
        ["no flow outside: flow 0.15015 x baseline"] = (Shaft() with { Flow = 0.15 * Q * (1 + D) }, Underload, null),
        ["intake rising inside: 1.15 x baseline"] = (Shaft() with { IntakePressure = 1.15 * Pip }, BrokenShaft, null),
        ["broken shaft with the intake pressure steady: 1.1489 x baseline"] = (Shaft() with { IntakePressure = 1.15 * Pip * (1 - D) }, BrokenShaft, null),
        ["closed valve inside: intake rising to 1.15 x baseline"] = (Shaft() with { Current = 0.5 * RatedI, IntakePressure = 1.15 * Pip }, ClosedValve, null),
        ["closed valve outside: intake 1.1489 x baseline"] = (Shaft() with { Current = 0.5 * RatedI, IntakePressure = 1.15 * Pip * (1 - D) }, NoFlow, null),

        ["closed valve"] = (Shaft() with { Current = 0.5 * RatedI }, ClosedValve, null),
        ["closed valve is Critical whatever the gas does: gas-oil ratio 3 x baseline"] = (Shaft() with { Current = 0.5 * RatedI, GasOilRatio = 3 * Gor }, ClosedValve, null),

        ["blocked intake inside: intake 0.85 x baseline"] = (Shaft() with { IntakePressure = 0.85 * Pip }, BlockedIntake, null),
        ["blocked intake outside (broken shaft): intake 0.8509 x baseline"] = (Shaft() with { IntakePressure = 0.85 * Pip * (1 + D) }, BrokenShaft, null),

        ["scale"] = (Scale(), ScaleOrSolids, null),
        ["scale inside: current 1.05 x baseline"] = (Scale() with { Current = 1.05 * I }, ScaleOrSolids, null),
        ["scale outside: current 1.049 x baseline"] = (Scale() with { Current = 1.05 * I * (1 - D) }, LowFlow, null),
        ["low flow inside: flow 0.85 x baseline"] = (Scale() with { Flow = 0.85 * Q }, ScaleOrSolids, null),
        ["low flow outside: flow 0.8509 x baseline"] = (Scale() with { Flow = 0.85 * Q * (1 + D) }, Normal, null),

        ["pump-off"] = (PumpOffScenario(), PumpOff, null),
        ["pump-off inside: current 0.80 x baseline"] = (PumpOffScenario() with { Current = 0.8 * I }, PumpOff, null),
        ["pump-off with the current barely down: 0.8008 x baseline"] = (PumpOffScenario() with { Current = 0.8 * I * (1 + D) }, PumpOff, null),
        ["pump-off inside: intake 0.50 x baseline"] = (PumpOffScenario() with { IntakePressure = 0.5 * Pip }, PumpOff, null),
        ["pump-off outside (underload): intake 0.5005 x baseline"] = (PumpOffScenario() with { IntakePressure = 0.5 * Pip * (1 + D) }, Underload, null),

        ["underload with normal flow inside: current 0.80 x baseline"] = (N with { Current = 0.8 * I }, Underload, null),
        ["underload with normal flow outside: current 0.8008 x baseline"] = (N with { Current = 0.8 * I * (1 + D) }, Normal, null),

        ["tubing leak"] = (Leak(), TubingLeak, null),
        ["tubing leak outside: intake 0.85 x baseline (falling)"] = (Leak() with { IntakePressure = 0.85 * Pip }, LowFlow, null),
        ["tubing leak inside: intake 0.8509 x baseline"] = (Leak() with { IntakePressure = 0.85 * Pip * (1 + D) }, TubingLeak, null),
        ["tubing leak outside: intake 1.15 x baseline (rising)"] = (Leak() with { IntakePressure = 1.15 * Pip }, LowFlow, null),
        ["tubing leak inside: intake 1.1489 x baseline"] = (Leak() with { IntakePressure = 1.15 * Pip * (1 - D) }, TubingLeak, null),

        ["overheating inside: 10 degC below max"] = (N with { Temperature = 140 }, MotorOverheating, null),
        ["overheating outside: 10.14 degC below max"] = (N with { Temperature = 140 * (1 - D) }, Normal, null),
        ["overheating with low cooling inside: 0.999 ft/s past the motor"] = (LowCooling(1 - D), MotorOverheatingLowCooling, LowCooling(1 - D) with { Temperature = 110 }),
        ["overheating with low cooling outside: 1.001 ft/s past the motor"] = (LowCooling(1 + D), MotorOverheating, LowCooling(1 + D) with { Temperature = 110 }),

        ["vibration inside: 1.0 g"] = (N with { Vibration = 1.0 }, HighVibration, N with { Vibration = 0.6 }),
        ["vibration outside: 0.999 g"] = (N with { Vibration = 1.0 * (1 - D) }, Normal, N with { Vibration = 0.6 }),
        ["vibration inside: 2 x baseline"] = (N with { Vibration = 0.2 }, HighVibration, null),
        ["vibration outside: 1.998 x baseline"] = (N with { Vibration = 0.2 * (1 - D) }, Normal, null),
    };

    public static TheoryData<string> CaseNames => [.. Cases.Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Built_in_tree_decides_at_the_boundary(string caseName)
    {
        var (scenario, expected, baseline) = Cases[caseName];
        var result = DiagnosticEvaluator.Evaluate(
            BuiltInDiagnosticTree.Create(),
            scenario.Window(),
            WellDiagnosticParameters.Defaults,
            (baseline ?? N).Baseline());

        Assert.True(expected == result.Diagnosis.Code, $"expected {expected}, got {result.Diagnosis.Code}:\n{string.Join("\n", result.Explanation.Describe())}");
    }

    [Fact]
    public void Every_diagnosis_of_the_built_in_tree_is_reached_by_a_case()
    {
        var leafCodes = BuiltInDiagnosticTree.Create().Nodes.Where(n => n.IsLeaf).Select(n => n.Diagnosis!.Code).ToHashSet();
        var tested = Cases.Values.Select(c => c.Expected).ToHashSet();
        Assert.Empty(leafCodes.Except(tested));
    }

    private static double Swing(double erraticness, double margin) => erraticness / ErraticnessPerSwing * (1 + margin);

    private static TelemetryScenario Gas() => N with { CurrentSwing = 0.08, IntakePressureSwing = 0.05, Flow = 0.7 * Q, Current = 0.85 * I, IntakePressure = 0.8 * Pip };

    private static TelemetryScenario Shaft() => N with { Flow = 0.02 * Q, Current = 0.3 * RatedI, IntakePressure = 2 * Pip };

    private static TelemetryScenario Scale() => N with { Flow = 0.8 * Q, Current = 1.1 * I, IntakePressure = 1.3 * Pip };

    private static TelemetryScenario PumpOffScenario() => N with { Flow = 0.4 * Q, Current = 0.7 * I, IntakePressure = 0.1 * Pip, Temperature = 125 };

    private static TelemetryScenario Leak() => N with { Flow = 0.7 * Q };

    /// <summary>A well producing so little that the fluid passes the motor at (1 +/- 0.1 %) of 1 ft/s, running hot.</summary>
    private static TelemetryScenario LowCooling(double factor)
    {
        var well = TelemetryScenario.Well;
        var annulus = (well.CasingInnerDiameterInches * well.CasingInnerDiameterInches) - (well.MotorOuterDiameterInches * well.MotorOuterDiameterInches);
        var flowAtOneFootPerSecond = annulus / 0.0119;
        return N with { Flow = flowAtOneFootPerSecond * factor, Temperature = 145 };
    }
}
