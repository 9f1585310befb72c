namespace HmiApp.Trends;

/// <summary>The ranges the trends page offers: a live window that follows now, or a fixed span ending now.</summary>
public sealed record TrendRange(string Key, string Label, TimeSpan Span, bool Live)
{
    public static IReadOnlyList<TrendRange> All { get; } =
    [
        new("live", "Live (10 min)", TimeSpan.FromMinutes(10), true),
        new("1h", "Last hour", TimeSpan.FromHours(1), false),
        new("8h", "Last 8 hours", TimeSpan.FromHours(8), false),
        new("24h", "Last 24 hours", TimeSpan.FromHours(24), false),
        new("7d", "Last 7 days", TimeSpan.FromDays(7), false),
    ];

    public static TrendRange Default => All[0];

    public static TrendRange Find(string? key) =>
        All.FirstOrDefault(r => string.Equals(r.Key, key, StringComparison.OrdinalIgnoreCase)) ?? Default;
}
