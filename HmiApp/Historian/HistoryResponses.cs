namespace HmiApp.Historian;

/// <summary>One raw sample in an answer; quality as the operators' word (Good, Uncertain, Bad).</summary>
public sealed record HistorySampleDto(DateTimeOffset Time, double? Value, string Quality);

/// <summary>A page of raw samples; pass <see cref="NextCursor"/> as <c>cursor</c> to get the next page (null on the last page).</summary>
public sealed record HistoryPageResponse(
    long PointId, string? Name, string? Units, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<HistorySampleDto> Samples, string? NextCursor);

/// <summary>One point of a downsampled series.</summary>
public sealed record HistoryPointDto(DateTimeOffset Time, double Value);

/// <summary>
/// A min/max-per-bucket series of at most <see cref="MaxPoints"/> points; <see cref="Source"/> says whether
/// it was computed from raw samples or from the 1-minute or 1-hour rollups.
/// </summary>
public sealed record DownsampledHistoryResponse(
    long PointId, string? Name, string? Units, DateTimeOffset From, DateTimeOffset To, string Source, int MaxPoints, double BucketSeconds, IReadOnlyList<HistoryPointDto> Points);
