namespace HmiApp.Infrastructure.Historian;

/// <summary>What one retention pass removed: whole partitions dropped (PostgreSQL) and rows deleted.</summary>
public sealed record RetentionOutcome(IReadOnlyList<string> DroppedPartitions, long DeletedSamples, long DeletedRollups);
