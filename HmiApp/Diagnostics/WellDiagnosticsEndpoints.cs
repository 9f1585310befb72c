namespace HmiApp.Diagnostics;

public static class WellDiagnosticsEndpoints
{
    /// <summary>The REST API of wells, their telemetry and their diagnoses.</summary>
    public static IEndpointRouteBuilder MapWellDiagnostics(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapWellApi();
        endpoints.MapTelemetryApi();
        endpoints.MapDiagnosisApi();
        endpoints.MapEspPlatformApi();
        return endpoints;
    }
}
