using HmiApp.Infrastructure.Alarms;
using Microsoft.Extensions.Options;

namespace HmiApp.Alarms;

public static class AlarmServiceCollectionExtensions
{
    /// <summary>
    /// The alarm engine (fed by acquisition through <see cref="AlarmEngine.OnValues"/>), its journal
    /// writer, the stores, start-up restore and the <c>HmiApp.Alarms</c> meter. Settings: section <c>Alarms</c>.
    /// </summary>
    public static IServiceCollection AddHmiAlarms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AlarmOptions>().Bind(configuration.GetSection(AlarmOptions.SectionName))
            .Validate(o => o.MaxShelveDuration > TimeSpan.Zero, $"{AlarmOptions.SectionName}:MaxShelveDuration must be more than zero.")
            .Validate(o => o.ShortestShelveChoice > TimeSpan.Zero && o.ShortestShelveChoice <= o.MaxShelveDuration,
                $"{AlarmOptions.SectionName}:ShortestShelveChoice must be more than zero and at most MaxShelveDuration.")
            .Validate(o => o.JournalQueueCapacity > 0 && o.JournalBatchSize > 0, $"{AlarmOptions.SectionName}:JournalQueueCapacity and JournalBatchSize must be more than zero.")
            .Validate(o => o.JournalRetryDelay > TimeSpan.Zero && o.JournalRetryMaxDelay >= o.JournalRetryDelay, $"{AlarmOptions.SectionName}:JournalRetryDelay must be more than zero and at most JournalRetryMaxDelay.")
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<AlarmOptions>>().Value);
        services.AddSingleton<AlarmJournalWriter>();
        services.AddSingleton<IAlarmJournalSink>(sp => sp.GetRequiredService<AlarmJournalWriter>());
        services.AddHostedService(sp => sp.GetRequiredService<AlarmJournalWriter>());
        services.AddSingleton<AlarmEngine>();
        services.AddSingleton<AlarmCommands>();
        services.AddSingleton<AlarmMetrics>();
        services.AddScoped<AlarmJournalStore>();
        services.AddScoped<AlarmDefinitionStore>();
        services.AddSingleton<AlarmDefinitionEditor>();
        services.AddHostedService<AlarmStartupService>();
        return services;
    }

    /// <summary>
    /// Connects the alarm engine to its sources: acquisition's values and communication, announced
    /// diagnoses, and the point map's names. Call after acquisition and diagnostics are registered.
    /// </summary>
    public static IServiceCollection AddHmiAlarmFeeds(this IServiceCollection services)
    {
        services.AddSingleton<IAlarmPointNames, Infrastructure.Alarms.Feeds.PointMapAlarmPointNames>();
        services.AddHostedService<Infrastructure.Alarms.Feeds.AcquisitionAlarmFeed>();
        services.AddHostedService<Infrastructure.Alarms.Feeds.DiagnosisAlarmFeed>();
        return services;
    }
}
