using HmiApp.E2E.Support;

namespace HmiApp.E2E;

/// <summary>
/// One app with the simulated plant for all alarm tests (starting it is the slow part). Each test defines
/// the complete alarm set it needs, which removes the previous test's alarms, and clears its faults.
/// </summary>
public sealed class AlarmPlant : IAsyncLifetime
{
    public AppProcess App { get; } = new(new Dictionary<string, string>
    {
        // The summary page offers an 8-second shelf here (operators get 15 min at least), so a test sees a shelf expire.
        ["Alarms__ShortestShelveChoice"] = "00:00:08",

        // Tests poll live values over REST several times a second; a client in the field may not.
        ["Access__ApiRequestsPerMinute"] = "6000",
    });

    public Task InitializeAsync() => App.StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();
}
