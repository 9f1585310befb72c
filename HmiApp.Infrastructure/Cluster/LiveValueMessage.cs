using System.Text.Json.Serialization;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Live;

namespace HmiApp.Infrastructure.Cluster;

/// <summary>Live values one node acquired, as sent to the others: short names, since a notification holds under 8 KB.</summary>
public sealed record LiveValueMessage(
    [property: JsonPropertyName("n")] string Node,
    [property: JsonPropertyName("v")] IReadOnlyList<LiveValueItem> Values);

/// <summary>One point's snapshot; times in microseconds since the epoch.</summary>
public sealed record LiveValueItem(
    [property: JsonPropertyName("p")] long PointId,
    [property: JsonPropertyName("k")] PointValueKind Kind,
    [property: JsonPropertyName("x")] double Number,
    [property: JsonPropertyName("b")] bool Boolean,
    [property: JsonPropertyName("s"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text,
    [property: JsonPropertyName("q")] QualityStatus Quality,
    [property: JsonPropertyName("r"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason,
    [property: JsonPropertyName("t")] long Timestamp,
    [property: JsonPropertyName("g"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] long? LastGood)
{
    public static LiveValueItem From(PointSnapshot s) => new(
        s.PointId, s.Value.Kind, s.Value.Number, s.Value.Boolean, s.Value.Text, s.Quality.Status, s.Quality.Reason,
        Micros(s.Timestamp), s.LastGood is { } g ? Micros(g) : null);

    public PointSnapshot ToSnapshot() => new(
        PointId,
        Kind switch
        {
            PointValueKind.Number => PointValue.FromNumber(Number),
            PointValueKind.Boolean => PointValue.FromBoolean(Boolean),
            PointValueKind.Text => PointValue.FromText(Text ?? ""),
            _ => PointValue.NoValue,
        },
        new Quality(Quality, Reason),
        FromMicros(Timestamp),
        LastGood is { } g ? FromMicros(g) : null);

    private static long Micros(DateTimeOffset t) => (t.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / 10;

    private static DateTimeOffset FromMicros(long micros) => DateTimeOffset.UnixEpoch.AddTicks(micros * 10);
}
