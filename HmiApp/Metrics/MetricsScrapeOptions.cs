namespace HmiApp.Metrics;

/// <summary>
/// Who may scrape <c>/metrics</c> (section <c>Metrics</c>): device names, breaker states and alarm counts are plant
/// information, so a scrape needs either a client address on <see cref="AllowedAddresses"/> or the bearer token.
/// </summary>
public sealed class MetricsScrapeOptions
{
    public const string SectionName = "Metrics";

    public const int MinimumTokenLength = 24;

    /// <summary>Sent by Prometheus as <c>Authorization: Bearer ...</c> (its <c>authorization.credentials</c>); empty means no token.</summary>
    public string? ScrapeToken { get; set; }

    /// <summary>Networks in CIDR form that may scrape without the token; empty means this machine only (loopback).</summary>
    public List<string> AllowedAddresses { get; set; } = [];

    public IReadOnlyList<string> EffectiveAllowedAddresses => AllowedAddresses.Count == 0 ? ["127.0.0.0/8", "::1/128"] : AllowedAddresses;
}
