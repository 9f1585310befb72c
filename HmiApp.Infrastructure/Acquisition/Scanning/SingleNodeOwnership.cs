namespace HmiApp.Infrastructure.Acquisition.Scanning;

/// <summary>The embedded default (SQLite) is one node: it polls every device.</summary>
public sealed class SingleNodeOwnership : IDeviceOwnership
{
    public string Node { get; } = $"{Environment.MachineName}:{Environment.ProcessId}";

    public bool Owns(string device) => true;
}
