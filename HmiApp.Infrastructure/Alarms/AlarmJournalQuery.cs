using HmiApp.Domain.Alarms;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>A search of the journal; every filter is optional. Pages count from 1.</summary>
public sealed record AlarmJournalQuery(
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Text = null,
    AlarmPriority? Priority = null,
    AlarmState? State = null,
    int Page = 1,
    int PageSize = 50)
{
    public const int MaxPageSize = 1000;

    /// <summary>Problems with the query, each naming its field and value.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Page < 1)
        {
            problems.Add($"page: {Page} must be 1 or more.");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            problems.Add($"pageSize: {PageSize} must be between 1 and {MaxPageSize}.");
        }

        if (From is { } from && To is { } to && from > to)
        {
            problems.Add($"from: {from:O} is after to: {to:O}.");
        }

        return problems;
    }
}
