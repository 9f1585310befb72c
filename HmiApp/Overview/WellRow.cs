namespace HmiApp.Overview;

/// <summary>
/// One ESP well on the overview: a polled device that has the well controller's Running, FlowRate and
/// MotorCurrent points (docs/simulated-wells.md). A missing point is shown as "not mapped", never invented.
/// </summary>
public sealed record WellRow(string Device, OverviewPoint? Running, OverviewPoint? Flow, OverviewPoint? Current)
{
    public const string RunningPoint = "Running";
    public const string FlowPoint = "FlowRate";
    public const string CurrentPoint = "MotorCurrent";
}
