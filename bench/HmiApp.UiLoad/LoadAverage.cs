namespace HmiApp.UiLoad;

/// <summary>The machine's load average (1, 5, 15 min), as figures are only comparable with it beside them.</summary>
public static class LoadAverage
{
    public static string Now() => "load average " + string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
}
