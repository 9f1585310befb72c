namespace HmiApp.Tests.Heating;

/// <summary>A clock the test moves by hand, so windows and ages are checked exactly, without sleeping.</summary>
public sealed class ManualTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
