using System.Globalization;
using HmiApp.Domain.Heating;

namespace HmiApp.Zones;

/// <summary>Heating values as the operator reads them: units always, a dash for "no value".</summary>
public static class HeatingText
{
    public const string NoValue = "—";

    public static string Temperature(double? celsius) =>
        celsius is { } value ? $"{value.ToString("0.0", CultureInfo.InvariantCulture)} °C" : NoValue;

    public static string Percent(int? value) => value is { } v ? $"{v} %" : NoValue;

    public static string State(OperatingState? state) => state switch
    {
        null => NoValue,
        OperatingState.TimeProgram => "Time program",
        OperatingState.Holiday => "Holiday/absence",
        { } s => s.ToString(),
    };

    public static string Mode(OperatingMode? mode) => mode switch
    {
        null => NoValue,
        OperatingMode.ManualHeating => "Manual heating",
        OperatingMode.ManualCooling => "Manual cooling",
        { } m => m.ToString(),
    };

    public static string Running(bool? running) => running switch
    {
        null => NoValue,
        true => "on",
        false => "off",
    };

    public static string Present(bool? present) => present switch
    {
        null => NoValue,
        true => "present",
        false => "none",
    };

    /// <summary>"12 s ago", "4 min ago", "2 h ago", or "never" when the bus never wrote it.</summary>
    public static string Age(Freshness freshness) => freshness.Age switch
    {
        null => "never",
        { TotalSeconds: < 90 } age => $"{age.TotalSeconds:0} s ago",
        { TotalMinutes: < 90 } age => $"{age.TotalMinutes:0} min ago",
        { TotalHours: < 48 } age => $"{age.TotalHours:0} h ago",
        { } age => $"{age.TotalDays:0} d ago",
    };

    public static string FreshnessClass(Freshness freshness) => freshness.IsStale ? "hmi-stale" : string.Empty;
}
