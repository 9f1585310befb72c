using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace HmiApp.Access;

/// <summary>
/// The REST API's root group: <c>/api/v1</c>, API keys only (no cookies, so no cross-site requests),
/// rate limited per client, and at least <see cref="HmiPolicies.View"/>. Later features map their
/// endpoints into <see cref="Group"/> and add a stricter policy where they write.
/// </summary>
public static class ApiEndpoints
{
    public const string Prefix = "/api/v1";

    public static RouteGroupBuilder Group(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGroup(Prefix)
            .RequireAuthorization(new AuthorizeAttribute(HmiPolicies.View) { AuthenticationSchemes = ApiKeyAuthentication.SchemeName })
            .RequireRateLimiting(AccessRateLimits.Api);

    public static IEndpointRouteBuilder MapHmiApi(this IEndpointRouteBuilder endpoints)
    {
        var api = Group(endpoints);
        api.MapGet("/me", (ClaimsPrincipal user) => Results.Ok(new CallerInfo(
            user.Identity?.Name ?? "",
            user.FindFirstValue(ClaimTypes.Role) ?? "",
            user.FindFirstValue(ApiKeyAuthentication.KeyIdClaim) ?? "")));
        return endpoints;
    }
}

public sealed record CallerInfo(string Name, string Role, string KeyId);
