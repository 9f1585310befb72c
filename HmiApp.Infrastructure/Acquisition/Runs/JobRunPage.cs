namespace HmiApp.Infrastructure.Acquisition.Runs;

/// <summary>One page of a job's runs, newest first, and how many the history holds for that job.</summary>
public sealed record JobRunPage(int Total, IReadOnlyList<JobRun> Items);
