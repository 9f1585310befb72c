using System.Security.Claims;

namespace HmiApp.Access;

/// <summary>Where a request or a circuit comes from, as the audit trail records it.</summary>
public static class ClientAddress
{
    public static string Of(HttpContext? context) => context?.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The name the audit trail records for a principal; "anonymous" when not signed in.</summary>
    public static string ActorOf(ClaimsPrincipal? user) => user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : "anonymous";
}
