using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace HmiApp.Tests.Alarms;

/// <summary>Journal search, restore and definition versions on a real PostgreSQL: the queries must translate there too.</summary>
[Trait(TestCategory.Key, TestCategory.PostgreSql)]
[Collection(PostgresCollection.Name)]
public sealed class AlarmStorePostgresTests(PostgresServer postgres)
{
    [Fact]
    public async Task Journal_search_latest_status_and_definition_versions_work_on_postgresql()
    {
        var connection = await postgres.CreateDatabaseAsync("alarms");
        await using var db = new PostgresHmiDbContext(new DbContextOptionsBuilder<PostgresHmiDbContext>()
            .UseNpgsql(connection).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)).Options);
        await db.Database.MigrateAsync();

        var sink = new RecordingJournalSink();
        var clock = new ManualTimeProvider();
        using (var engine = new AlarmEngine(clock, sink, new AlarmOptions()))
        {
            engine.LoadDefinitions([AlarmEngineHarness.Define("Pump-A.H", AlarmKind.High, point: 1, limit: 5), AlarmEngineHarness.Define("Pump-B.H", AlarmKind.High, point: 2, limit: 5)]);
            engine.OnValues([new(1, 6, default, clock.GetUtcNow()), new(2, 6, default, clock.GetUtcNow())]);
            clock.Advance(TimeSpan.FromMinutes(1));
            engine.Acknowledge("Pump-A.H", "Ana");
            engine.Shelve("Pump-B.H", "Ana", "Seal leak known", TimeSpan.FromHours(1));
        }

        db.AlarmJournal.AddRange(sink.Entries.Select(AlarmJournalRow.From));
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();

        var store = new AlarmJournalStore(db);
        var latest = (await store.LatestPerAlarmAsync(CancellationToken.None)).OrderBy(e => e.AlarmKey).ToList();
        Assert.Equal([(AlarmState.Acknowledged, (DateTimeOffset?)null), (AlarmState.Shelved, clock.GetUtcNow() + TimeSpan.FromHours(1))], latest.Select(e => (e.ToState, e.ShelvedUntil)));

        var byText = await store.SearchAsync(new AlarmJournalQuery(Text: "SEAL LEAK"), CancellationToken.None);
        Assert.Equal("Pump-B.H", Assert.Single(byText.Entries).AlarmKey);
        var byTime = await store.SearchAsync(new AlarmJournalQuery(From: clock.GetUtcNow(), State: AlarmState.Acknowledged), CancellationToken.None);
        Assert.Equal(1, byTime.Total);

        var definitions = new AlarmDefinitionStore(db, clock);
        var definition = AlarmEngineHarness.Define("Pump-A.H", AlarmKind.High, point: 1, limit: 5);
        Assert.Equal(1, await definitions.SaveAllAsync([definition], "eng", "first", CancellationToken.None));
        Assert.Equal(0, await definitions.SaveAllAsync([definition], "eng", "unchanged", CancellationToken.None));
        Assert.Equal(1, await definitions.SaveAllAsync([definition with { Limit = 7 }], "eng", "raised", CancellationToken.None));
        Assert.Equal(7, Assert.Single(await definitions.CurrentAsync(CancellationToken.None)).Limit);
        Assert.Equal([2, 1], (await definitions.HistoryAsync("Pump-A.H", CancellationToken.None)).Select(v => v.Version));
    }
}
