namespace HmiApp.Zones;

/// <summary>
/// The Nea Smart 2.0 gateway's own REST API, for clients written against it (the Home Assistant integration
/// <c>rehau_neasmart2</c>). Off unless an admin turns it on; its clients send no credentials, so only the
/// listed client networks may call it, or a caller presenting one of the HMI's API keys as <c>X-API-Key</c>.
/// </summary>
public sealed class LegacyGatewayOptions
{
    public const string SectionName = "LegacyGatewayApi";

    public bool Enabled { get; set; }

    /// <summary>Address the listener binds; the original gateway listened on every interface.</summary>
    public string BindAddress { get; set; } = "0.0.0.0";

    /// <summary>The original gateway's port; 0 picks a free one (tests).</summary>
    public int Port { get; set; } = 5000;

    /// <summary>
    /// Client networks (CIDR) allowed without a key; empty means loopback only. Not initialised with loopback,
    /// because configuration binding appends to a list: an admin's list would silently keep loopback in it.
    /// </summary>
    public List<string> AllowedClients { get; set; } = [];

    public IReadOnlyList<string> EffectiveAllowedClients => AllowedClients.Count == 0 ? ["127.0.0.0/8", "::1/128"] : AllowedClients;
}
