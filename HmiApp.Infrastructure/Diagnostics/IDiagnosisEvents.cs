namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>
/// Announced changes of diagnosis, for pages and the advisory alarms. Handlers run on the evaluating thread:
/// keep them short and hand work elsewhere (a page coalesces and calls InvokeAsync).
/// </summary>
public interface IDiagnosisEvents
{
    event EventHandler<DiagnosisChanged>? Changed;
}
