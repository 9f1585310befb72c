using HmiApp.Alarms;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace HmiApp.Tests.Alarms;

/// <summary>The real banner, counting how often it builds its markup.</summary>
public sealed class CountingAlarmBanner : AlarmBanner
{
    [Parameter]
    public required RenderCounter Counter { get; set; }

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        Counter.Increment();
        base.BuildRenderTree(builder);
    }
}

public sealed class RenderCounter
{
    private int count;

    public int Count => Volatile.Read(ref count);

    public void Increment() => Interlocked.Increment(ref count);
}
