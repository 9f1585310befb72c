using HmiApp.Domain.Diagnostics;
using HmiApp.Domain.Wells;

namespace HmiApp.Infrastructure.Wells;

/// <summary>A known well with what its diagnoses need: its thresholds (defaults plus overrides) and its baseline, if one was taken.</summary>
public sealed record CatalogedWell(
    Well Well,
    IReadOnlyDictionary<string, double> ParameterOverrides,
    WellDiagnosticParameters Parameters,
    TelemetryBaseline? Baseline);
