using System.Collections.Concurrent;

namespace HmiApp.Infrastructure.Wells;

/// <summary>
/// Whether each point-fed well's telemetry is live right now. The feed marks a well stale the moment one of
/// its bound points is not Good (the device stopped answering, the value aged out), so the pages grey it at
/// once instead of waiting for its last reading to age; wells fed by REST have no entry.
/// </summary>
public sealed class WellTelemetryFreshness
{
    private readonly ConcurrentDictionary<string, WellFeedState> states = new(StringComparer.Ordinal);

    public WellFeedState? Of(string wellId) => states.TryGetValue(wellId, out var s) ? s : null;

    internal void Set(string wellId, WellFeedState state) => states[wellId] = state;

    internal void Forget(string wellId) => states.TryRemove(wellId, out _);
}

/// <summary>The feed's verdict on a well: stale with the reason (which point, which quality), or live.</summary>
public sealed record WellFeedState(bool IsStale, string? Reason, DateTimeOffset Since);
