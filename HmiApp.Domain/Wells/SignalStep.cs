namespace HmiApp.Domain.Wells;

/// <summary>
/// The single most pronounced level shift of one signal in a window: the readings before <see cref="FirstIndexAfter"/>
/// average <see cref="LevelBefore"/>, those from it on average <see cref="LevelAfter"/>.
/// </summary>
public sealed record SignalStep(TelemetrySignal Signal, int FirstIndexAfter, DateTimeOffset At, double LevelBefore, double LevelAfter)
{
    public double Change => LevelAfter - LevelBefore;

    /// <summary>Change divided by the level before; a fall to zero is -1.</summary>
    public double RelativeChange => LevelBefore != 0 ? Change / Math.Abs(LevelBefore) : (Change == 0 ? 0 : Math.CopySign(double.PositiveInfinity, Change));
}
