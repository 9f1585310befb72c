using HmiApp.Access;
using MudBlazor;

namespace HmiApp.Shell;

/// <summary>The plant's screens in the order operators expect them.</summary>
public static class NavigationItems
{
    public static IReadOnlyList<NavigationItem> All { get; } =
    [
        new("Overview", Icons.Material.Outlined.Dashboard, ""),
        new("Zones", Icons.Material.Outlined.Thermostat, "zones"),
        new("Wells", Icons.Material.Outlined.OilBarrel, "wells"),
        new("Diagnostics", Icons.Material.Outlined.Troubleshoot, "diagnostics"),
        new("Trends", Icons.Material.Outlined.ShowChart, "trends"),
        new("Alarms", Icons.Material.Outlined.Notifications, "alarms"),
        new("Devices", Icons.Material.Outlined.Lan, "devices"),
        new("Alarm definitions", Icons.Material.Outlined.Rule, "admin/alarms/definitions", HmiPolicies.Engineer),
        new("Admin", Icons.Material.Outlined.AdminPanelSettings, "admin", HmiPolicies.Administer),
        new("Users", Icons.Material.Outlined.Group, "admin/users", HmiPolicies.Administer),
        new("API keys", Icons.Material.Outlined.Key, "admin/api-keys", HmiPolicies.Administer),
        new("Audit", Icons.Material.Outlined.FactCheck, "admin/audit", HmiPolicies.Administer),
    ];
}

/// <summary>A screen in the navigation (<paramref name="Icon"/> is one of MudBlazor's SVG icons); shown only to those its <paramref name="Policy"/> admits.</summary>
public sealed record NavigationItem(string Title, string Icon, string Path, string Policy = HmiPolicies.View);
