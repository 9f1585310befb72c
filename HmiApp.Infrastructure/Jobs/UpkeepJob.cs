using Hangfire.Common;

namespace HmiApp.Infrastructure.Jobs;

/// <summary>
/// A recurring piece of upkeep that a feature declares (historian maintenance, run-history pruning): its Hangfire
/// recurring job id, the job, and the cron made from the feature's interval setting. <see cref="UpkeepJobRegistrar"/>
/// writes every declared one to Hangfire's storage at start, so that one node of a cluster runs each occurrence.
/// </summary>
public sealed record UpkeepJob(string Id, Job Job, string Cron)
{
    /// <summary>
    /// The Hangfire queue of upkeep jobs. Every node's server takes it, also a node with acquisition switched off, which
    /// takes no poll windows (they stay on Hangfire's default queue): the historian needs its retention either way.
    /// </summary>
    public const string Queue = "upkeep";
}
