using HmiApp.Domain.Alarms;

namespace HmiApp.Alarms;

/// <summary>The summary's filter on a definition's tags; an empty field matches everything.</summary>
public sealed record AlarmFilter(string? Area = null, string? Device = null, string? Well = null, string? Zone = null)
{
    public bool Matches(ActiveAlarm alarm) =>
        Match(Area, alarm.Tags.Area) && Match(Device, alarm.Tags.Device) && Match(Well, alarm.Tags.Well) && Match(Zone, alarm.Tags.Zone);

    private static bool Match(string? wanted, string? actual) =>
        string.IsNullOrWhiteSpace(wanted) || string.Equals(wanted.Trim(), actual, StringComparison.OrdinalIgnoreCase);
}
