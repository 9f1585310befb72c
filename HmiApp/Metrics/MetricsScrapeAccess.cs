using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace HmiApp.Metrics;

/// <summary>
/// Admits a scrape from an allowed address or with the configured bearer token. Prometheus cannot sign in, so this
/// stands beside the app's own authentication rather than in it; a refusal is 401 when a token would help, else 403.
/// </summary>
public sealed class MetricsScrapeAccess(IOptions<MetricsScrapeOptions> options)
{
    private readonly IReadOnlyList<IPNetwork> allowed = options.Value.EffectiveAllowedAddresses.Select(IPNetwork.Parse).ToList();
    private readonly byte[]? token = string.IsNullOrEmpty(options.Value.ScrapeToken) ? null : Encoding.UTF8.GetBytes(options.Value.ScrapeToken);

    /// <summary>Null when the caller may scrape; otherwise the refusal to send.</summary>
    public IResult? Refusal(HttpContext http)
    {
        if (token is not null && BearerMatches(http.Request.Headers.Authorization.ToString()))
        {
            return null;
        }

        var address = http.Connection.RemoteIpAddress;
        if (address is not null && allowed.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)))
        {
            return null;
        }

        return token is null
            ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not allowed to scrape",
                detail: $"{address?.ToString() ?? "this client"} is not on Metrics:AllowedAddresses; add its network, or set Metrics:ScrapeToken and send it as a bearer token.")
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Scrape token required",
                detail: "send Metrics:ScrapeToken as 'Authorization: Bearer <token>', or scrape from an address on Metrics:AllowedAddresses.");
    }

    private bool BearerMatches(string header)
    {
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var presented = Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim());
        return CryptographicOperations.FixedTimeEquals(presented, token);
    }
}
