using System.Security.Claims;
using System.Text.Encodings.Web;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace HmiApp.Access;

/// <summary>The <c>X-API-Key</c> scheme for REST clients. A failed attempt is logged and audited without the key.</summary>
public sealed partial class ApiKeyAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory loggerFactory,
    UrlEncoder encoder,
    ApiKeyStore keys,
    IAuditTrail audit) : AuthenticationHandler<AuthenticationSchemeOptions>(options, loggerFactory, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-API-Key";
    public const string KeyIdClaim = "hmi:api-key-id";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.ToString();
        var key = await keys.AuthenticateAsync(presented, Context.RequestAborted);
        if (key is null)
        {
            var shownAs = Describe(presented);
            var address = ClientAddress.Of(Context);
            LogRejected(Logger, shownAs, address, Request.Path);
            await audit.RecordAsync(
                new AuditRecord("anonymous", AuditCategories.ApiKey, "authenticate", shownAs, AuditOutcome.Failure)
                {
                    RemoteAddress = address,
                    Reason = "unknown, wrong, expired or revoked key",
                },
                Context.RequestAborted);
            return AuthenticateResult.Fail("The API key is not valid.");
        }

        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, $"api-key:{key.Name}"),
                new Claim(ClaimTypes.Role, key.Role),
                new Claim(KeyIdClaim, key.Prefix),
            ],
            SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    // Only the lookup prefix of a well-formed key is named, never anything of its secret part.
    private static string Describe(string presented)
    {
        var parts = presented.Split('_');
        return parts.Length == 3 && parts[0] == "hmi" && parts[1].Length == 8 && parts[1].All(char.IsAsciiHexDigitLower)
            ? $"key hmi_{parts[1]}_…"
            : $"malformed key ({presented.Length} characters)";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "API key rejected: {Key} from {Address} for {Path}")]
    private static partial void LogRejected(ILogger logger, string key, string address, string path);
}
