using System.Globalization;
using HmiApp.Domain.Modbus;

namespace HmiApp.Live;

/// <summary>How live values and their ages read on screen: few, stable digits; ages in the largest sensible unit.</summary>
public static class LiveFormat
{
    public static string Value(PointValue value) => value.Kind switch
    {
        PointValueKind.Number => Number(value.Number),
        PointValueKind.Boolean => value.Boolean ? "on" : "off",
        PointValueKind.Text => value.Text ?? "",
        _ => "–",
    };

    public static string Number(double number)
    {
        var magnitude = Math.Abs(number);
        var format = magnitude >= 1000 ? "#,0" : magnitude >= 100 ? "0.0" : magnitude >= 1 ? "0.00" : "0.###";
        return number.ToString(format, CultureInfo.InvariantCulture);
    }

    public static string Age(TimeSpan age) => age.TotalSeconds switch
    {
        < 1 => "just now",
        < 120 => $"{age.TotalSeconds:0} s old",
        < 7200 => $"{age.TotalMinutes:0} min old",
        _ => $"{age.TotalHours:0} h old",
    };

    public static long EpochMs(DateTimeOffset time) => time.ToUnixTimeMilliseconds();
}
