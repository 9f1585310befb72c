namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// How long each point's history is kept: the point's own setting, else the longest of its tags'
/// settings, else the default. Longest wins among tags so that no tag loses data another tag keeps.
/// </summary>
public sealed class RetentionPolicy(HistorianOptions options)
{
    public TimeSpan Default => options.RetentionDefault;

    public TimeSpan For(long pointId, IReadOnlyList<string> tags)
    {
        if (options.PointRetention.TryGetValue(pointId.ToString(System.Globalization.CultureInfo.InvariantCulture), out var own))
        {
            return own;
        }

        TimeSpan? longest = null;
        foreach (var tag in tags)
        {
            if (options.TagRetention.TryGetValue(tag, out var byTag) && (longest is null || byTag > longest))
            {
                longest = byTag;
            }
        }

        return longest ?? options.RetentionDefault;
    }

    /// <summary>Retention of every point the catalog knows whose retention differs from the default.</summary>
    public IReadOnlyDictionary<long, TimeSpan> Exceptions(IEnumerable<PointInfo> points)
    {
        var exceptions = new Dictionary<long, TimeSpan>();
        foreach (var point in points)
        {
            var retention = For(point.Id, point.Tags);
            if (retention != options.RetentionDefault)
            {
                exceptions[point.Id] = retention;
            }
        }

        foreach (var (key, retention) in options.PointRetention)
        {
            if (long.TryParse(key, out var id) && retention != options.RetentionDefault)
            {
                exceptions[id] = retention;
            }
        }

        return exceptions;
    }
}
