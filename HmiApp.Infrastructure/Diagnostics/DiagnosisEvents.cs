using Microsoft.Extensions.Logging;

namespace HmiApp.Infrastructure.Diagnostics;

public sealed partial class DiagnosisEvents(ILogger<DiagnosisEvents> logger) : IDiagnosisEvents
{
    public event EventHandler<DiagnosisChanged>? Changed;

    public void Raise(DiagnosisChanged change)
    {
        // One failing subscriber must not keep the others, or the evaluation, from going on.
        foreach (var handler in Changed?.GetInvocationList().Cast<EventHandler<DiagnosisChanged>>() ?? [])
        {
            try
            {
                handler(this, change);
            }
            catch (Exception ex)
            {
                LogHandlerFailed(ex, change.WellId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber to diagnosis changes failed for well {WellId}")]
    private partial void LogHandlerFailed(Exception ex, string wellId);
}
