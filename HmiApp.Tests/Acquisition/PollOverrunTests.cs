using System.Net;
using System.Net.Sockets;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Acquisition;

/// <summary>A device that does not answer: its next poll is dropped while the previous one still waits on it.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class PollOverrunTests
{
    [Fact]
    public async Task A_poll_that_finds_the_previous_one_of_its_scan_still_running_is_dropped_and_the_next_one_runs()
    {
        // Accepts connections and reads requests but never answers: every read waits for the 300 ms timeout.
        using var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var accepted = new List<TcpClient>();
        var accepting = Task.Run(async () =>
        {
            while (true)
            {
                accepted.Add(await silent.AcceptTcpClientAsync());
            }
        });
        var (engine, _, _) = AcquisitionFixtures.Engine(TimeProvider.System);
        await engine.ApplyAsync(AcquisitionFixtures.Map(((IPEndPoint)silent.LocalEndpoint).Port), CancellationToken.None);
        var skipped = new List<string>();
        engine.PollSkipped += (device, scanClass) => skipped.Add($"{device}/{scanClass}");

        var first = engine.PollAsync("plc1", "fast", CancellationToken.None);
        Assert.False(first.IsCompleted);
        await engine.PollAsync("plc1", "fast", CancellationToken.None);
        Assert.Equal(["plc1/fast"], skipped);
        Assert.False(first.IsCompleted);

        await first;
        Assert.Equal(1, engine.Statuses().Single().PollsFailed);
        await engine.PollAsync("plc1", "fast", CancellationToken.None);
        Assert.Equal(2, engine.Statuses().Single().PollsFailed);
        Assert.Single(skipped);

        await engine.DisposeAsync();
        silent.Stop();
        accepted.ForEach(c => c.Dispose());
        await Assert.ThrowsAnyAsync<Exception>(() => accepting);
    }
}
