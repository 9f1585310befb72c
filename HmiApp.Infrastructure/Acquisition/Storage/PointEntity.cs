namespace HmiApp.Infrastructure.Acquisition.Storage;

/// <summary>A point row; its id is kept across map changes because samples and trends refer to it.</summary>
public sealed class PointEntity
{
    public long Id { get; set; }

    public required string Device { get; set; }

    public required string Name { get; set; }

    public string Description { get; set; } = "";

    public required string Table { get; set; }

    public int Address { get; set; }

    public required string DataType { get; set; }

    public required string ByteOrder { get; set; }

    public int Length { get; set; }

    public int Bit { get; set; }

    public double Scale { get; set; }

    public double Offset { get; set; }

    public string Units { get; set; } = "";

    public double? RangeLow { get; set; }

    public double? RangeHigh { get; set; }

    public double Deadband { get; set; }

    public bool Writable { get; set; }

    public double? WriteMin { get; set; }

    public double? WriteMax { get; set; }

    public string? ScanClass { get; set; }

    public string Tags { get; set; } = "";

    /// <summary>Null for a Modbus point.</summary>
    public string? Topic { get; set; }

    public string? ValuePath { get; set; }

    public string? TimestampPath { get; set; }
}
