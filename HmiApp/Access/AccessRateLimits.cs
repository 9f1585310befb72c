using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace HmiApp.Access;

/// <summary>
/// Throttles guessing: sign-in posts and REST calls are limited per client address, so a brute force
/// against passwords or API keys gets 429 long before it gets anywhere; REST calls also per key.
/// </summary>
public static class AccessRateLimits
{
    public const string SignIn = "sign-in";
    public const string Api = "api";

    public static void Configure(RateLimiterOptions limiter, AccessOptions access)
    {
        limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        limiter.AddPolicy(SignIn, http => PerAddress(http, access.SignInAttemptsPerMinute));
        limiter.AddPolicy(Api, http => PerAddress(http, access.ApiRequestsPerMinute));
        // A key shared by many machines is limited as a whole too; the partition is the key's public prefix.
        limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            http.Request.Headers.TryGetValue(ApiKeyAuthentication.HeaderName, out var key)
                ? RateLimitPartition.GetFixedWindowLimiter("key:" + KeyPrefix(key.ToString()), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = access.ApiRequestsPerKeyPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                })
                : RateLimitPartition.GetNoLimiter(""));
        limiter.OnRejected = (context, _) =>
        {
            context.HttpContext.Response.Headers.RetryAfter = "60";
            return ValueTask.CompletedTask;
        };
    }

    private static string KeyPrefix(string key)
    {
        var parts = key.Split('_');
        return parts.Length == 3 && parts[1].Length == 8 ? parts[1] : "malformed";
    }

    private static RateLimitPartition<string> PerAddress(HttpContext http, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress.Of(http), _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
}
