namespace HmiApp.Infrastructure.Acquisition.Scanning;

/// <summary>Which devices this node polls. One node per device at a time across a cluster; every device on a single node.</summary>
public interface IDeviceOwnership
{
    /// <summary>This node's name, as the run history and the poll windows show it.</summary>
    string Node { get; }

    bool Owns(string device);
}
