namespace HmiApp.Domain.Acquisition;

/// <summary>How often a group of points is read, and how much each job's first start is spread out.</summary>
public sealed record ScanClass(string Name, TimeSpan Period, TimeSpan StartJitter);
