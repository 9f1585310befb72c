using HmiApp.Domain.Access;
using Microsoft.AspNetCore.Authorization;

namespace HmiApp.Access;

/// <summary>
/// The one place where the HMI's authorization policies are defined. Every page, component action and
/// endpoint names one of these; the roles are hierarchical (Admin ⊇ Engineer ⊇ Operator ⊇ Viewer).
/// </summary>
public static class HmiPolicies
{
    /// <summary>Reads: every signed-in person, and kiosk screens.</summary>
    public const string View = "View";

    /// <summary>Acknowledges, changes setpoints and zone states within limits.</summary>
    public const string Operate = "Operate";

    /// <summary>Wells, point maps, diagnostic thresholds, simulator faults.</summary>
    public const string Engineer = "Engineer";

    /// <summary>Users, API keys, jobs, everything.</summary>
    public const string Administer = "Administer";

    public static IReadOnlyList<string> All { get; } = [View, Operate, Engineer, Administer];

    /// <summary>The lowest role a policy admits; kiosks are admitted to <see cref="View"/> only.</summary>
    public static string MinimumRole(string policy) => policy switch
    {
        View => HmiRoles.Viewer,
        Operate => HmiRoles.Operator,
        Engineer => HmiRoles.Engineer,
        Administer => HmiRoles.Admin,
        _ => throw new ArgumentException($"'{policy}' is not an HMI policy; expected one of {string.Join(", ", All)}.", nameof(policy)),
    };

    public static void AddHmiPolicies(this AuthorizationOptions options)
    {
        options.AddPolicy(View, p => p.RequireRole([.. HmiRoles.AtLeast(HmiRoles.Viewer), HmiRoles.Kiosk]));
        foreach (var policy in new[] { Operate, Engineer, Administer })
        {
            options.AddPolicy(policy, p => p.RequireRole(HmiRoles.AtLeast(MinimumRole(policy))));
        }
    }
}
