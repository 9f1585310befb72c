namespace HmiApp.Infrastructure.Historian;

/// <summary>
/// A raw sample as stored (table <c>history_samples</c>). The historian writes and reads it with ADO.NET
/// (COPY, prepared statements); the entity exists so that EF's model describes the schema and the schema
/// test can hold the migrations to it.
/// </summary>
public sealed class StoredSample
{
    public long PointId { get; set; }

    /// <summary>Microseconds since the Unix epoch, UTC (<see cref="HistoryTime"/>).</summary>
    public long Time { get; set; }

    public double? Value { get; set; }

    public short Quality { get; set; }
}
