using HmiApp.Domain.Modbus;

namespace HmiApp.Domain.Acquisition;

/// <summary>
/// One value of a device: where it sits (table, zero-based address), how it is encoded, and how it is shown and
/// historised. Identified by device and name. <see cref="ScanClass"/> null means the device's scan class.
/// A point of an MQTT device has an <see cref="Mqtt"/> source instead of a register: its table and address are
/// unused, and its encoding gives only the data type and scaling.
/// </summary>
public sealed record Point
{
    public required string Device { get; init; }

    public required string Name { get; init; }

    public string Description { get; init; } = "";

    public required ModbusTable Table { get; init; }

    public required int Address { get; init; }

    public required PointEncoding Encoding { get; init; }

    public string Units { get; init; } = "";

    public double? RangeLow { get; init; }

    public double? RangeHigh { get; init; }

    /// <summary>Smallest change that is historised again; 0 historises every change.</summary>
    public double Deadband { get; init; }

    public bool Writable { get; init; }

    public double? WriteMin { get; init; }

    public double? WriteMax { get; init; }

    public string? ScanClass { get; init; }

    public PointTags Tags { get; init; } = PointTags.Empty;

    /// <summary>Where the value of a point of an MQTT device arrives; null for a Modbus point.</summary>
    public MqttSource? Mqtt { get; init; }

    public PointKey Key => new(Device, Name);

    public PointSpan Span => new($"{Device}/{Name}", Address, Encoding.RegisterCount);
}
