using HmiApp.Access;

namespace HmiApp.Shell;

/// <summary>The plant's screens in the order operators expect them.</summary>
public static class NavigationItems
{
    public static IReadOnlyList<NavigationItem> All { get; } =
    [
        new("Overview", "dashboard", ""),
        new("Zones", "thermostat", "zones"),
        new("Wells", "oil_barrel", "wells"),
        new("Diagnostics", "troubleshoot", "diagnostics"),
        new("Trends", "show_chart", "trends"),
        new("Alarms", "notifications", "alarms"),
        new("Devices", "lan", "devices"),
        new("Alarm definitions", "rule", "admin/alarms/definitions", HmiPolicies.Engineer),
        new("Admin", "admin_panel_settings", "admin", HmiPolicies.Administer),
        new("Users", "group", "admin/users", HmiPolicies.Administer),
        new("API keys", "key", "admin/api-keys", HmiPolicies.Administer),
        new("Audit", "fact_check", "admin/audit", HmiPolicies.Administer),
    ];
}

/// <summary>A screen in the navigation; shown only to those its <paramref name="Policy"/> admits.</summary>
public sealed record NavigationItem(string Title, string Icon, string Path, string Policy = HmiPolicies.View);
