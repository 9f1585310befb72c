using Quartz;

namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>Names of the poll jobs: one per device and scan class, in the <c>acquisition</c> group.</summary>
public static class PollJobKeys
{
    public const string Group = "acquisition";
    public const string DeviceKey = "device";
    public const string ScanClassKey = "scanClass";

    public static JobKey Job(string device, string scanClass) => new($"poll:{device}:{scanClass}", Group);

    public static TriggerKey Trigger(string device, string scanClass) => new($"poll:{device}:{scanClass}", Group);
}
