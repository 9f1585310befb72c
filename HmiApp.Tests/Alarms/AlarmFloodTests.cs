using System.Net;
using System.Net.Http.Json;
using HmiApp.Alarms;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace HmiApp.Tests.Alarms;

/// <summary>
/// The issue's flood: 1,000 alarms raised in one scan in the running app. Every transition of every
/// alarm must land in the persisted journal, in order, and the banner must count them right.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AlarmFloodTests : IAsyncLifetime
{
    private const int Flood = 1000;
    private readonly HmiAppFactory app = new();

    private static string Key(int i) => $"FT-{i:0000}.H";

    private static AlarmPriority PriorityOf(int i) => (AlarmPriority)(1 + i % 4);

    [Fact]
    public async Task A_flood_of_1000_alarms_loses_no_transition_of_any_alarm_and_the_banner_counts_every_one()
    {
        using var client = await app.CreateApiClientAsync();
        var definitions = Enumerable.Range(1, Flood)
            .Select(i => new AlarmDefinition { Name = Key(i), Kind = AlarmKind.High, PointId = i, Limit = 100, Priority = PriorityOf(i), Message = $"{Key(i)} high" })
            .ToList();
        Assert.Equal(HttpStatusCode.OK, (await client.PutAsJsonAsync("/api/v1/alarms/definitions", definitions, AlarmDefinitionJson.Options)).StatusCode);
        var engine = app.Services.GetRequiredService<AlarmEngine>();

        // One scan raises all of them, a second one clears all of them; in between, the P1 alarms are acknowledged.
        engine.OnValues(Enumerable.Range(1, Flood).Select(i => new AlarmInput(i, 150, QualityStatus.Good, DateTimeOffset.UtcNow)).ToList());
        var raised = await BannerAsync(engine);
        Assert.Contains($"data-unacknowledged=\"{Flood}\"", raised);
        Assert.All(Enum.GetValues<AlarmPriority>(), p => Assert.Contains($"data-testid=\"alarm-count-{(int)p}\">P{(int)p} {Flood / 4}<", raised));

        var urgent = Enumerable.Range(1, Flood).Where(i => PriorityOf(i) == AlarmPriority.Urgent).Select(Key).ToList();
        Assert.Equal(Flood / 4, engine.AcknowledgeAll(urgent, "ana").Count);
        engine.OnValues(Enumerable.Range(1, Flood).Select(i => new AlarmInput(i, 50, QualityStatus.Good, DateTimeOffset.UtcNow)).ToList());

        var expected = Enumerable.Range(1, Flood).ToDictionary(Key, i => PriorityOf(i) == AlarmPriority.Urgent
            ? new[] { (AlarmEvent.ConditionActive, AlarmState.Unacknowledged), (AlarmEvent.Acknowledge, AlarmState.Acknowledged), (AlarmEvent.ConditionCleared, AlarmState.Normal) }
            : [(AlarmEvent.ConditionActive, AlarmState.Unacknowledged), (AlarmEvent.ConditionCleared, AlarmState.ReturnedUnacknowledged)]);
        var total = expected.Values.Sum(e => e.Length);
        await Eventually.HoldsAsync(async () => await JournalCountAsync() >= total, TimeSpan.FromSeconds(30), $"all {total} transitions are in the journal");

        var journal = await JournalAsync();
        Assert.Equal(total, journal.Sum(a => a.Value.Count));
        var wrong = expected.Where(e => !journal.TryGetValue(e.Key, out var actual) || !actual.SequenceEqual(e.Value))
            .Select(e => $"{e.Key}: expected {string.Join(", ", e.Value)}, journaled {string.Join(", ", journal.GetValueOrDefault(e.Key) ?? [])}")
            .ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(10)));

        var after = await BannerAsync(engine);
        Assert.Contains($"data-unacknowledged=\"{Flood * 3 / 4}\"", after);
        Assert.Contains("data-testid=\"alarm-count-1\">P1 0<", after);
        Assert.Contains($"data-testid=\"alarm-count-4\">P4 {Flood / 4}<", after);
        var summary = AlarmBannerSummary.Of(engine.ActiveAlarms());
        Assert.Equal((Flood * 3 / 4, Flood * 3 / 4, AlarmPriority.High), (summary.TotalUnacknowledged, summary.Annunciated, summary.First!.Priority));
    }

    // The banner as the framework renders it, on the app's own engine.
    private static async Task<string> BannerAsync(AlarmEngine engine)
    {
        await using var renderer = new ComponentRenderer(services => services.AddSingleton(engine));
        return await renderer.RenderAsync<AlarmBanner>(new Dictionary<string, object?> { [nameof(AlarmBanner.Audible)] = false });
    }

    private async Task<int> JournalCountAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HmiDbContext>().AlarmJournal.CountAsync();
    }

    private async Task<Dictionary<string, List<(AlarmEvent, AlarmState)>>> JournalAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<HmiDbContext>().AlarmJournal.AsNoTracking()
            .OrderBy(r => r.Id).Select(r => new { r.AlarmKey, r.Event, r.ToState }).ToListAsync();
        return rows.GroupBy(r => r.AlarmKey).ToDictionary(g => g.Key, g => g.Select(r => (r.Event, r.ToState)).ToList());
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
