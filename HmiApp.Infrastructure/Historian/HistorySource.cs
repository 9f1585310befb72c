namespace HmiApp.Infrastructure.Historian;

/// <summary>Where a downsampled series was read from.</summary>
public enum HistorySource
{
    Raw,
    Minute,
    Hour,
}
