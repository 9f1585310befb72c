using HmiApp.Domain.Modbus;

namespace HmiApp.Infrastructure.Acquisition.Reading;

/// <summary>
/// What a one-shot read of a point gave: the decoded value with the raw registers or bits it came from, or the
/// exact failure and the field of the point or device it points at (e.g. "address" for illegal data address).
/// </summary>
public sealed record PointProbeResult(PointValue Value, string Raw, string? Field, string? Error, double ElapsedMs)
{
    public bool Succeeded => Error is null;

    public static PointProbeResult Read(PointValue value, string raw, double elapsedMs) => new(value, raw, null, null, elapsedMs);

    public static PointProbeResult Failed(string field, string error, double elapsedMs, string raw = "") => new(PointValue.NoValue, raw, field, error, elapsedMs);

    public override string ToString() => Succeeded ? $"{Value} (raw {Raw}, {ElapsedMs:0.#} ms)" : $"{Field}: {Error}";
}
