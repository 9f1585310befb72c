using HmiApp.Alarms;

namespace HmiApp.Tests.Alarms;

public sealed class RenderCoalescerTests
{
    [Fact]
    public void The_first_change_renders_at_once_and_later_ones_fold_into_one_render_per_interval()
    {
        var clock = new ManualTimeProvider();
        var renders = new List<DateTimeOffset>();
        using var coalescer = new RenderCoalescer(TimeSpan.FromMilliseconds(250), clock, () =>
        {
            renders.Add(clock.GetUtcNow());
            return Task.CompletedTask;
        });
        var start = clock.GetUtcNow();

        coalescer.Request();
        clock.Advance(TimeSpan.Zero);
        for (var i = 0; i < 10_000; i++)
        {
            coalescer.Request();
            clock.Advance(TimeSpan.FromTicks(500));
        }

        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal([start, start + TimeSpan.FromMilliseconds(250), start + TimeSpan.FromMilliseconds(500)], renders);
    }

    [Fact]
    public void Nothing_renders_after_dispose()
    {
        var clock = new ManualTimeProvider();
        var renders = 0;
        var coalescer = new RenderCoalescer(TimeSpan.FromMilliseconds(250), clock, () =>
        {
            renders++;
            return Task.CompletedTask;
        });
        coalescer.Request();
        coalescer.Dispose();
        clock.Advance(TimeSpan.FromSeconds(1));
        coalescer.Request();
        Assert.Equal(0, renders);
    }
}
