using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Alarms;
using HmiApp.Infrastructure.Persistence;
using HmiApp.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace HmiApp.Tests.Alarms;

/// <summary>The journal writer against a real SQLite file whose table does not exist yet: writes fail, are retried, and land once it does.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AlarmJournalWriterTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("hmi-journal-").FullName;

    [Fact]
    public async Task Entries_that_cannot_be_written_are_retried_until_the_database_accepts_them_and_none_is_lost()
    {
        var connection = $"Data Source={Path.Combine(directory, "hmi.db")};Pooling=False";
        var warnings = new WarningCounter();
        await using var services = new ServiceCollection()
            .AddDbContext<HmiDbContext, SqliteHmiDbContext>(o => o.UseSqlite(connection).ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning)))
            .BuildServiceProvider();
        var options = new AlarmOptions { JournalQueueCapacity = 64, JournalBatchSize = 16, JournalRetryDelay = TimeSpan.FromMilliseconds(20), JournalRetryMaxDelay = TimeSpan.FromMilliseconds(100) };
        using var writer = new AlarmJournalWriter(services.GetRequiredService<IServiceScopeFactory>(), options, TimeProvider.System, new Logger(warnings));
        await writer.StartAsync(CancellationToken.None);

        var entries = Enumerable.Range(1, 40).Select(i => new AlarmJournalEntry(
            DateTimeOffset.UnixEpoch.AddSeconds(i), $"A{i}", AlarmClass.Process, AlarmPriority.High, AlarmEvent.ConditionActive,
            AlarmState.Normal, AlarmState.Unacknowledged, true, "m", i, null, null, null, AlarmTags.None)).ToList();
        var producer = Task.Run(() => writer.Append(entries));

        await Eventually.HoldsAsync(() => warnings.Count >= 2, "the writer failed and retried at least twice");
        Assert.Equal(0, writer.Written);

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<HmiDbContext>().Database.MigrateAsync();
        }

        await producer;
        await Eventually.HoldsAsync(() => writer.Written == 40, "all 40 entries are written");
        await using (var scope = services.CreateAsyncScope())
        {
            var keys = await scope.ServiceProvider.GetRequiredService<HmiDbContext>().AlarmJournal.OrderBy(r => r.Id).Select(r => r.AlarmKey).ToListAsync();
            Assert.Equal(entries.Select(e => e.AlarmKey), keys);
        }

        await writer.StopAsync(CancellationToken.None);
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);

    private sealed class WarningCounter
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public void Add() => Interlocked.Increment(ref count);
    }

    private sealed class Logger(WarningCounter warnings) : ILogger<AlarmJournalWriter>
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel == LogLevel.Warning)
            {
                warnings.Add();
            }
        }
    }
}
