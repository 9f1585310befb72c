namespace HmiApp.Infrastructure.Acquisition.Polling;

/// <summary>Names of the poll jobs: one per device and scan class. The Hangfire recurring job, the run history and the pause carry it.</summary>
public static class PollJobKeys
{
    public const string Prefix = "poll:";

    public static string Job(string device, string scanClass) => $"{Prefix}{device}:{scanClass}";
}
