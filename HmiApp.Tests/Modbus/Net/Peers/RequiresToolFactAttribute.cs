namespace HmiApp.Tests.Modbus.Net.Peers;

/// <summary>
/// A fact that runs against an external peer and is skipped, with the reason, only when the Debian package
/// providing that peer is missing (xunit 2 has no dynamic skip, so the decision is made at discovery).
/// </summary>
public sealed class RequiresToolFactAttribute : FactAttribute
{
    public RequiresToolFactAttribute(PeerTool tool)
    {
        Tool = tool;
        if (PeerTools.MissingReason(tool) is { } reason)
        {
            Skip = reason;
        }
    }

    public PeerTool Tool { get; }
}
