using System.Security.Claims;

namespace HmiApp.Alarms;

/// <summary>The name recorded with an operator's action.</summary>
public static class AlarmUser
{
    /// <summary>Until sign-in exists every action is recorded as <c>anonymous</c>, never with an empty name.</summary>
    public const string Anonymous = "anonymous";

    public static string NameOf(ClaimsPrincipal? user) =>
        user?.Identity is { IsAuthenticated: true, Name: { Length: > 0 } name } ? name : Anonymous;
}
