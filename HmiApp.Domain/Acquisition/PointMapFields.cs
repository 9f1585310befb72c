using System.Globalization;
using HmiApp.Domain.Modbus;

namespace HmiApp.Domain.Acquisition;

/// <summary>
/// The field names of every import and export format, and each entity written as field/text pairs in that
/// order. Export writes these; the diff compares them, so that a preview names exactly the fields that change.
/// </summary>
public static class PointMapFields
{
    public const string Kind = "kind";

    public static IReadOnlyList<string> ScanClassFields { get; } = ["name", "periodMs", "jitterMs"];

    public static IReadOnlyList<string> DeviceFields { get; } =
    [
        "name", "host", "port", "unitId", "scanClass", "enabled", "mode", "connectTimeoutMs", "requestTimeoutMs",
        "pauseBetweenRequestsMs", "pauseAfterConnectMs", "maxReadRegisters", "maxReadBits", "transactionIdZero",
        "protocol", "tls", "username", "passwordVariable",
    ];

    public static IReadOnlyList<string> PointFields { get; } =
    [
        "device", "name", "description", "table", "address", "dataType", "byteOrder", "length", "bit", "scale", "offset",
        "units", "rangeLow", "rangeHigh", "deadband", "writable", "writeMin", "writeMax", "scanClass", "tags",
        "topic", "valuePath", "timestampPath",
    ];

    /// <summary>Every field of any kind, for a flat table (CSV) that holds all three kinds.</summary>
    public static IReadOnlyList<string> AllFields { get; } =
        new[] { Kind }.Concat(ScanClassFields).Concat(DeviceFields).Concat(PointFields).Distinct().ToList();

    public static IReadOnlyList<KeyValuePair<string, string>> Of(ScanClass scanClass) =>
    [
        new("name", scanClass.Name),
        new("periodMs", Ms(scanClass.Period)),
        new("jitterMs", Ms(scanClass.StartJitter)),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Of(Device device) =>
    [
        new("name", device.Name),
        new("host", device.Host),
        new("port", Int(device.Port)),
        new("unitId", Int(device.UnitId)),
        new("scanClass", device.ScanClass),
        new("enabled", Bool(device.Enabled)),
        new("mode", device.Connection.Mode.ToString()),
        new("connectTimeoutMs", Ms(device.Connection.ConnectTimeout)),
        new("requestTimeoutMs", Ms(device.Connection.RequestTimeout)),
        new("pauseBetweenRequestsMs", Ms(device.Connection.PauseBetweenRequests)),
        new("pauseAfterConnectMs", Ms(device.Connection.PauseAfterConnect)),
        new("maxReadRegisters", Int(device.Connection.MaxReadRegisters)),
        new("maxReadBits", Int(device.Connection.MaxReadBits)),
        new("transactionIdZero", Bool(device.Connection.AnswersTransactionIdZero)),
        // Blank for a Modbus device, so that Modbus maps export as before.
        new("protocol", device.Protocol == DeviceProtocol.Modbus ? "" : device.Protocol.ToString()),
        new("tls", device.Protocol == DeviceProtocol.Modbus ? "" : Bool(device.Mqtt.Tls)),
        new("username", device.Mqtt.Username),
        new("passwordVariable", device.Mqtt.PasswordVariable),
    ];

    public static IReadOnlyList<KeyValuePair<string, string>> Of(Point point) =>
    [
        new("device", point.Device),
        new("name", point.Name),
        new("description", point.Description),
        new("table", point.Mqtt is null ? point.Table.ToString() : ""),
        new("address", point.Mqtt is null ? Int(point.Address) : ""),
        new("dataType", point.Encoding.DataType.ToString()),
        new("byteOrder", point.Mqtt is null ? point.Encoding.ByteOrder.ToString() : ""),
        new("length", point.Encoding.DataType == PointDataType.String ? Int(point.Encoding.StringRegisters) : ""),
        new("bit", point.Encoding.DataType == PointDataType.Bit ? Int(point.Encoding.BitIndex) : ""),
        new("scale", Number(point.Encoding.Scale)),
        new("offset", Number(point.Encoding.Offset)),
        new("units", point.Units),
        new("rangeLow", Number(point.RangeLow)),
        new("rangeHigh", Number(point.RangeHigh)),
        new("deadband", Number(point.Deadband)),
        new("writable", Bool(point.Writable)),
        new("writeMin", Number(point.WriteMin)),
        new("writeMax", Number(point.WriteMax)),
        new("scanClass", point.ScanClass ?? ""),
        new("tags", point.Tags.ToString()),
        new("topic", point.Mqtt?.Topic ?? ""),
        new("valuePath", point.Mqtt?.Value.Text ?? ""),
        new("timestampPath", point.Mqtt?.Timestamp?.Text ?? ""),
    ];

    private static string Ms(TimeSpan span) => ((long)span.TotalMilliseconds).ToString(CultureInfo.InvariantCulture);

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
