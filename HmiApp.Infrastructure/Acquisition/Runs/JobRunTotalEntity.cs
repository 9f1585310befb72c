namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>Runs of one job counted since it was first recorded; kept apart from the pruned history so counts survive pruning and restarts.</summary>
public sealed class JobRunTotalEntity
{
    public required string JobKey { get; set; }

    public long Succeeded { get; set; }

    public long Failed { get; set; }

    public DateTimeOffset LastRunAt { get; set; }
}
