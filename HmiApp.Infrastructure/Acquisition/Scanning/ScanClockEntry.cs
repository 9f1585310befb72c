namespace HmiApp.Infrastructure.Acquisition.Scanning;

/// <summary>One scan as the clock runs it on this node: its period, whether it is paused, its next and last start.</summary>
public sealed record ScanClockEntry(string Job, string Device, string ScanClass, TimeSpan Period, bool Paused, DateTimeOffset NextDue, DateTimeOffset? LastStarted);
