using HmiApp.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Acquisition.Runs;

public static class JobRunServiceCollectionExtensions
{
    /// <summary>
    /// The persisted history of poll job runs (options section <c>JobRuns</c>, checked at start), pruned by the
    /// recurring job <see cref="JobRunPruneJob.Id"/>.
    /// </summary>
    public static IServiceCollection AddJobRunHistory(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JobRunOptions>().Bind(configuration.GetSection(JobRunOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<JobRunOptions>, JobRunOptionsValidator>();
        services.AddSingleton<JobRunStore>();
        services.AddSingleton<JobBoard>();
        services.AddSingleton<JobRunRecorder>();
        services.AddHostedService(sp => sp.GetRequiredService<JobRunRecorder>());
        services.AddSingleton<JobRunPruneJob>();
        services.AddUpkeepJob<JobRunPruneJob>(JobRunPruneJob.Id, j => j.RunAsync(CancellationToken.None), sp => sp.GetRequiredService<IOptions<JobRunOptions>>().Value.PruneInterval);
        return services;
    }
}
