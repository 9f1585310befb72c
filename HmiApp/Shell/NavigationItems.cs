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
        new("Admin", "admin_panel_settings", "admin"),
    ];
}

public sealed record NavigationItem(string Title, string Icon, string Path);
