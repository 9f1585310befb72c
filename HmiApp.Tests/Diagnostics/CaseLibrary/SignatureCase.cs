using HmiApp.Domain.Wells;

namespace HmiApp.Tests.Diagnostics.CaseLibrary;

/// <summary>One labelled window with the baseline hour of the same well that preceded it.</summary>
internal sealed record SignatureCase(
    SignatureFamily Family,
    string Name,
    TelemetryWindow Window,
    TelemetryBaseline Baseline,
    IReadOnlySet<string> AcceptedCodes,
    bool IsCritical);
