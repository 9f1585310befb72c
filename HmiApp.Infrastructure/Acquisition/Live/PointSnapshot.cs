using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;

namespace HmiApp.Infrastructure.Acquisition.Live;

/// <summary>The current value of a point: value, quality, when it was read, and when it was last read good.</summary>
public sealed record PointSnapshot(long PointId, PointValue Value, Quality Quality, DateTimeOffset Timestamp, DateTimeOffset? LastGood);
