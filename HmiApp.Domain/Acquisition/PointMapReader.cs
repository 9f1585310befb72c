using System.Globalization;
using HmiApp.Domain.Modbus;

namespace HmiApp.Domain.Acquisition;

/// <summary>
/// Turns the records of an import into a <see cref="PointMap"/>, checking it as a whole: every field of every
/// record, duplicates, references to unknown devices and scan classes, addresses out of range, overlapping
/// points and points longer than their device reads, MQTT points on MQTT devices only. Collects every issue (line and field) instead of stopping
/// at the first, so one round of fixes is enough.
/// </summary>
public static class PointMapReader
{
    public static readonly TimeSpan MinimumPeriod = TimeSpan.FromMilliseconds(100);

    public static PointMapImport Read(IEnumerable<PointMapRecord> records)
    {
        var context = new ReadContext();
        var list = records.ToList();
        var scanClasses = list.Where(r => r.Kind == PointMapRecordKind.ScanClass).Select(context.ReadScanClass).OfType<ScanClass>().ToList();
        var devices = list.Where(r => r.Kind == PointMapRecordKind.Device).Select(context.ReadDevice).OfType<(Device Device, PointMapRecord Record)>().ToList();
        var points = list.Where(r => r.Kind == PointMapRecordKind.Point).Select(context.ReadPoint).OfType<(Point Point, PointMapRecord Record)>().ToList();

        context.CheckDuplicates(list.Where(r => r.Kind == PointMapRecordKind.ScanClass), r => r.Get("name") ?? "", "scan class");
        context.CheckDuplicates(list.Where(r => r.Kind == PointMapRecordKind.Device), r => r.Get("name") ?? "", "device");
        context.CheckDuplicates(list.Where(r => r.Kind == PointMapRecordKind.Point), r => r.Get("device") + "/" + r.Get("name"), "point");

        var scanNames = new HashSet<string>(scanClasses.Select(s => s.Name), StringComparer.OrdinalIgnoreCase);
        var deviceByName = new Dictionary<string, Device>(StringComparer.OrdinalIgnoreCase);
        foreach (var (device, record) in devices)
        {
            deviceByName.TryAdd(device.Name, device);
            if (!scanNames.Contains(device.ScanClass))
            {
                context.Add(record, "scanClass", $"Scan class '{device.ScanClass}' is not defined: define it or use one of {Names(scanNames)}.");
            }
        }

        foreach (var (point, record) in points)
        {
            if (point.ScanClass is not null && !scanNames.Contains(point.ScanClass))
            {
                context.Add(record, "scanClass", $"Scan class '{point.ScanClass}' is not defined: define it, leave it empty for the device's, or use one of {Names(scanNames)}.");
            }

            if (!deviceByName.TryGetValue(point.Device, out var device))
            {
                context.Add(record, "device", $"Device '{point.Device}' is not defined: define it or use one of {Names(deviceByName.Keys)}.");
                continue;
            }

            if (device.Protocol == DeviceProtocol.Mqtt && point.Mqtt is null)
            {
                context.Add(record, "topic", $"Device '{device.Name}' is an MQTT device: give the point its topic and valuePath instead of a table and address.");
                continue;
            }

            if (device.Protocol == DeviceProtocol.Modbus && point.Mqtt is not null)
            {
                context.Add(record, "topic", $"Device '{device.Name}' is a Modbus device: a point with a topic needs a device with protocol Mqtt.");
                continue;
            }

            if (point.Mqtt is not null)
            {
                continue;
            }

            var limit = point.Table.IsBitTable() ? device.Connection.MaxReadBits : device.Connection.MaxReadRegisters;
            if (point.Encoding.RegisterCount > limit)
            {
                context.Add(record, "length", $"The point is {point.Encoding.RegisterCount} long but device '{device.Name}' reads at most {limit} at once: shorten it or raise the device's maximum.");
            }
        }

        context.CheckOverlaps(points.Where(p => p.Point.Mqtt is null).ToList());
        var issues = context.Issues.OrderBy(i => i.Line).ThenBy(i => i.Field, StringComparer.Ordinal).ToList();
        return issues.Count > 0
            ? new PointMapImport(null, issues, context.Conversions)
            : new PointMapImport(new PointMap(scanClasses, devices.Select(d => d.Device).ToList(), points.Select(p => p.Point).ToList()), [], context.Conversions);
    }

    private static string Names(IEnumerable<string> names)
    {
        var list = names.Order(StringComparer.OrdinalIgnoreCase).ToList();
        return list.Count == 0 ? "(none defined)" : string.Join(", ", list);
    }

    private sealed class ReadContext
    {
        public List<PointMapIssue> Issues { get; } = [];

        public List<AddressConversion> Conversions { get; } = [];

        public void Add(PointMapRecord record, string field, string message) => Issues.Add(new PointMapIssue(record.LineOf(field), field, message));

        public ScanClass? ReadScanClass(PointMapRecord r)
        {
            var before = Issues.Count;
            var name = Required(r, "name");
            var period = Milliseconds(r, "periodMs", null);
            var jitter = Milliseconds(r, "jitterMs", TimeSpan.Zero);
            if (period is { } p && p < MinimumPeriod)
            {
                Add(r, "periodMs", $"Period {p.TotalMilliseconds} ms is too short: use at least {MinimumPeriod.TotalMilliseconds} ms.");
            }

            if (period is { } p2 && jitter is { } j && j >= p2)
            {
                Add(r, "jitterMs", $"Start jitter {j.TotalMilliseconds} ms must be shorter than the period {p2.TotalMilliseconds} ms.");
            }

            return Issues.Count == before ? new ScanClass(name!, period!.Value, jitter!.Value) : null;
        }

        public (Device, PointMapRecord)? ReadDevice(PointMapRecord r)
        {
            var before = Issues.Count;
            var name = Required(r, "name");
            var host = Required(r, "host");
            var protocol = DeviceProtocol.Modbus;
            if (r.Get("protocol") is { } protocolText && (!Enum.TryParse(protocolText, ignoreCase: true, out protocol) || !Enum.IsDefined(protocol) || char.IsAsciiDigit(protocolText[0])))
            {
                Add(r, "protocol", $"Unknown protocol '{protocolText}': use Modbus or Mqtt.");
            }

            var tls = Boolean(r, "tls", false);
            var username = r.Get("username") ?? "";
            var passwordVariable = r.Get("passwordVariable") ?? "";
            if (protocol == DeviceProtocol.Modbus)
            {
                foreach (var field in new[] { "tls", "username", "passwordVariable" }.Where(f => r.Get(f) is not null && !(f == "tls" && tls == false)))
                {
                    Add(r, field, $"{field} is a setting of an MQTT broker: remove it, or set protocol to Mqtt.");
                }
            }

            if (passwordVariable.Length > 0 && !IsVariableName(passwordVariable))
            {
                Add(r, "passwordVariable", $"'{passwordVariable}' is not an environment variable name: use letters, digits and _ (not starting with a digit); the password itself never goes in the point map.");
            }

            if (passwordVariable.Length > 0 && username.Length == 0)
            {
                Add(r, "username", "A passwordVariable needs a username to go with it.");
            }

            var port = Integer(r, "port", protocol == DeviceProtocol.Mqtt ? (tls == true ? 8883 : 1883) : 502, 1, 65535);
            var unit = Integer(r, "unitId", 1, 0, 255);
            var scanClass = Required(r, "scanClass");
            var enabled = Boolean(r, "enabled", true);
            var mode = DeviceConnectionMode.Persistent;
            if (r.Get("mode") is { } modeText && (!Enum.TryParse(modeText, ignoreCase: true, out mode) || !Enum.IsDefined(mode) || char.IsAsciiDigit(modeText[0])))
            {
                Add(r, "mode", $"Unknown connection mode '{r.Get("mode")}': use Persistent or ClosePerPoll.");
            }

            var connect = Milliseconds(r, "connectTimeoutMs", DeviceConnection.Default.ConnectTimeout, positive: true);
            var request = Milliseconds(r, "requestTimeoutMs", DeviceConnection.Default.RequestTimeout, positive: true);
            var pause = Milliseconds(r, "pauseBetweenRequestsMs", TimeSpan.Zero);
            var settle = Milliseconds(r, "pauseAfterConnectMs", TimeSpan.Zero);
            var maxRegisters = Integer(r, "maxReadRegisters", ModbusDeviceLimits.SpecMaxReadRegisters, 1, ModbusDeviceLimits.SpecMaxReadRegisters);
            var maxBits = Integer(r, "maxReadBits", ModbusDeviceLimits.SpecMaxReadBits, 1, ModbusDeviceLimits.SpecMaxReadBits);
            var tidZero = Boolean(r, "transactionIdZero", false);
            if (Issues.Count != before)
            {
                return null;
            }

            var connection = new DeviceConnection
            {
                Mode = mode,
                ConnectTimeout = connect!.Value,
                RequestTimeout = request!.Value,
                PauseBetweenRequests = pause!.Value,
                PauseAfterConnect = settle!.Value,
                MaxReadRegisters = maxRegisters!.Value,
                MaxReadBits = maxBits!.Value,
                AnswersTransactionIdZero = tidZero!.Value,
            };
            return (new Device(name!, host!, port!.Value, (byte)unit!.Value, connection, enabled!.Value, scanClass!)
            {
                Protocol = protocol,
                Mqtt = protocol == DeviceProtocol.Mqtt ? new MqttLink(tls!.Value, username, passwordVariable) : MqttLink.None,
            }, r);
        }

        public (Point, PointMapRecord)? ReadPoint(PointMapRecord r)
        {
            var before = Issues.Count;
            var device = Required(r, "device");
            var name = Required(r, "name");
            var mqtt = r.Get("topic") is not null ? Source(r) : null;
            if (r.Get("topic") is null)
            {
                foreach (var field in new[] { "valuePath", "timestampPath" }.Where(f => r.Get(f) is not null))
                {
                    Add(r, field, $"{field} is where an MQTT point's value sits: give the point its topic too, or remove it.");
                }
            }

            var (table, address) = r.Get("topic") is null ? Location(r, $"{device}/{name}") : MqttLocation(r);

            PointDataType? dataType = null;
            if (!ModbusText.TryParseDataType(r.Get("dataType"), out var parsedType, out var typeError))
            {
                Add(r, "dataType", typeError!);
            }
            else
            {
                dataType = parsedType;
            }

            ByteOrder? byteOrder = null;
            if (r.Get("byteOrder") is { } orderText)
            {
                if (ModbusText.TryParseByteOrder(orderText, out var order, out var orderError))
                {
                    byteOrder = order;
                }
                else
                {
                    Add(r, "byteOrder", orderError!);
                }
            }

            var length = Integer(r, "length", 0, 0, PointEncoding.MaxStringRegisters);
            var bit = Integer(r, "bit", 0, 0, 15);
            var scale = Real(r, "scale") ?? 1.0;
            var offset = Real(r, "offset") ?? 0.0;
            PointEncoding? encoding = null;
            if (dataType is { } type && length is not null && bit is not null && Issues.Count == before)
            {
                if (!PointEncoding.TryCreate(type, byteOrder, length.Value, bit.Value, scale, offset, false, out encoding, out var encodingError))
                {
                    Add(r, FieldOf(encodingError!), encodingError!);
                }
                else if (r.Get("topic") is not null && !MqttDataTypes.Contains(type))
                {
                    Add(r, "dataType", $"{type} is a register layout, not a JSON value: an MQTT point is one of {string.Join(", ", MqttDataTypes)}.");
                    encoding = null;
                }
                else if (table is { } t && r.Get("topic") is null && encoding!.CheckTable(t) is { } tableError)
                {
                    Add(r, "dataType", tableError);
                    encoding = null;
                }
            }

            var rangeLow = Real(r, "rangeLow");
            var rangeHigh = Real(r, "rangeHigh");
            if (rangeLow is { } lo && rangeHigh is { } hi && lo >= hi)
            {
                Add(r, "rangeHigh", $"Engineering range high {hi} must be above low {lo}.");
            }

            var deadband = Real(r, "deadband") ?? 0.0;
            if (deadband < 0)
            {
                Add(r, "deadband", $"Deadband {deadband} is negative: use 0 to historise every change.");
            }

            var writable = Boolean(r, "writable", false);
            var writeMin = Real(r, "writeMin");
            var writeMax = Real(r, "writeMax");
            if (writable == true && r.Get("topic") is not null)
            {
                Add(r, "writable", "An MQTT point is read-only: the control layer writes to devices over Modbus only.");
            }
            else if (writable == true && table is { } wt && !wt.IsWritable())
            {
                Add(r, "writable", $"{wt} cannot be written: only Coils and HoldingRegisters are writable.");
            }

            if (writeMin is { } wmin && writeMax is { } wmax && wmin > wmax)
            {
                Add(r, "writeMax", $"Write limit max {wmax} is below min {wmin}.");
            }

            if (!PointTags.TryParse(r.Get("tags"), out var tags, out var tagError))
            {
                Add(r, "tags", tagError!);
            }

            if (Issues.Count != before || encoding is null || table is null || address is null || (r.Get("topic") is not null && mqtt is null))
            {
                return null;
            }

            var point = new Point
            {
                Device = device!,
                Name = name!,
                Description = r.Get("description") ?? "",
                Table = table.Value,
                Address = address.Value,
                Encoding = encoding,
                Units = r.Get("units") ?? "",
                RangeLow = rangeLow,
                RangeHigh = rangeHigh,
                Deadband = deadband,
                Writable = writable!.Value,
                WriteMin = writeMin,
                WriteMax = writeMax,
                ScanClass = r.Get("scanClass"),
                Tags = tags,
                Mqtt = mqtt,
            };
            if ((long)point.Address + encoding.RegisterCount - 1 > ModbusAddress.Max)
            {
                Add(r, "address", $"The point at {table} {address} with {encoding.RegisterCount} {(table.Value.IsBitTable() ? "bits" : "registers")} runs past the last address {ModbusAddress.Max}.");
                return null;
            }

            return (point, r);
        }

        // A payload's JSON value is a number or a boolean; register layouts (byte halves, bits, KNX, strings) are not.
        private static readonly PointDataType[] MqttDataTypes =
        [
            PointDataType.Int16, PointDataType.UInt16, PointDataType.Int32, PointDataType.UInt32, PointDataType.Int64,
            PointDataType.UInt64, PointDataType.Float32, PointDataType.Float64, PointDataType.Boolean,
        ];

        private MqttSource? Source(PointMapRecord r)
        {
            var before = Issues.Count;
            var topic = r.Get("topic")!;
            if (topic.IndexOfAny(['+', '#', '\0']) >= 0 || topic.StartsWith('$'))
            {
                Add(r, "topic", $"Topic '{topic}' is not one exact topic: a point subscribes to a single topic, without + or # wildcards and not a $SYS topic.");
            }

            PayloadPath? value = null;
            if (r.Get("valuePath") is not { } valueText)
            {
                Add(r, "valuePath", "The valuePath is missing: name where the value sits in the JSON payload, e.g. temperature or data.flow ($ for a bare value).");
            }
            else if (!PayloadPath.TryParse(valueText, out value, out var valueError))
            {
                Add(r, "valuePath", valueError!);
            }

            PayloadPath? timestamp = null;
            if (r.Get("timestampPath") is { } stampText && !PayloadPath.TryParse(stampText, out timestamp, out var stampError))
            {
                Add(r, "timestampPath", stampError!);
            }

            return Issues.Count == before ? new MqttSource(topic, value!, timestamp) : null;
        }

        // An MQTT point has no register; the placeholder keeps the Modbus fields of Point meaningful for Modbus points only.
        private (ModbusTable?, int?) MqttLocation(PointMapRecord r)
        {
            foreach (var field in new[] { "table", "address", "byteOrder" }.Where(f => r.Get(f) is not null))
            {
                Add(r, field, $"An MQTT point has no {field}: remove it (its value comes from the payload at valuePath).");
            }

            return (ModbusTable.HoldingRegisters, 0);
        }

        private static bool IsVariableName(string text) =>
            !char.IsAsciiDigit(text[0]) && text.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');

        public void CheckDuplicates(IEnumerable<PointMapRecord> records, Func<PointMapRecord, string> key, string what)
        {
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            foreach (var record in records)
            {
                var k = key(record);
                if (record.Get("name") is null)
                {
                    continue;
                }

                if (seen.TryGetValue(k, out var firstLine))
                {
                    Add(record, "name", $"Duplicate {what} '{k}': already defined on line {firstLine}.");
                }
                else
                {
                    seen[k] = record.Line;
                }
            }
        }

        public void CheckOverlaps(List<(Point Point, PointMapRecord Record)> points)
        {
            foreach (var group in points.GroupBy(p => (Device: p.Point.Device.ToUpperInvariant(), p.Point.Table)))
            {
                var sorted = group.OrderBy(p => p.Point.Address).ToList();
                for (var i = 0; i < sorted.Count; i++)
                {
                    for (var j = i + 1; j < sorted.Count && sorted[j].Point.Address < sorted[i].Point.Span.End; j++)
                    {
                        if (SharesBits(sorted[i].Point, sorted[j].Point))
                        {
                            Add(sorted[j].Record, "address",
                                $"Point '{sorted[j].Point.Name}' at {group.Key.Table} {sorted[j].Point.Address} overlaps '{sorted[i].Point.Name}' (line {sorted[i].Record.Line}, {sorted[i].Point.Address}..{sorted[i].Point.Span.End - 1}).");
                        }
                    }
                }
            }
        }

        // Parts of one register (bits, low and high byte) may share it; anything longer may not.
        private static bool SharesBits(Point a, Point b) => PartMask(a.Encoding) is not { } ma || PartMask(b.Encoding) is not { } mb || (ma & mb) != 0;

        private static int? PartMask(PointEncoding encoding) => encoding.DataType switch
        {
            PointDataType.Bit => 1 << encoding.BitIndex,
            PointDataType.Int8L or PointDataType.UInt8L => 0x00FF,
            PointDataType.Int8H or PointDataType.UInt8H => 0xFF00,
            _ => null,
        };

        private (ModbusTable?, int?) Location(PointMapRecord r, string point)
        {
            var tableText = r.Get("table");
            var addressText = r.Get("address");
            if (addressText is null)
            {
                Add(r, "address", "The address is missing: give a zero-based address with a table, or a reference number such as 40001.");
                return (null, null);
            }

            if (tableText is null)
            {
                if (!ModbusReference.TryParse(addressText, out var refTable, out var refAddress, out var refError))
                {
                    Add(r, "address", refError!);
                    return (null, null);
                }

                Conversions.Add(new AddressConversion(r.LineOf("address"), point, addressText, refTable, refAddress));
                return (refTable, refAddress);
            }

            ModbusTable? table = null;
            if (ModbusText.TryParseTable(tableText, out var parsed, out var tableError))
            {
                table = parsed;
            }
            else
            {
                Add(r, "table", tableError!);
            }

            if (!int.TryParse(addressText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var address) || address is < 0 or > ModbusAddress.Max)
            {
                Add(r, "address", $"Address '{addressText}' is not a zero-based address 0..{ModbusAddress.Max}: with a table give the protocol address, or leave the table empty for a reference number such as 40001.");
                return (table, null);
            }

            return (table, address);
        }

        private static string FieldOf(string encodingError) =>
            encodingError.StartsWith("ByteOrder", StringComparison.Ordinal) ? "byteOrder"
            : encodingError.StartsWith("String length", StringComparison.Ordinal) ? "length"
            : encodingError.StartsWith("Bit index", StringComparison.Ordinal) ? "bit"
            : encodingError.StartsWith("Offset", StringComparison.Ordinal) ? "offset"
            : encodingError.Contains("cale", StringComparison.Ordinal) ? "scale"
            : "dataType";

        private string? Required(PointMapRecord r, string field)
        {
            var value = r.Get(field);
            if (value is null)
            {
                Add(r, field, $"The {field} is missing.");
            }

            return value;
        }

        private int? Integer(PointMapRecord r, string field, int fallback, int min, int max)
        {
            var text = r.Get(field);
            if (text is null)
            {
                return fallback;
            }

            if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < min || value > max)
            {
                Add(r, field, $"'{text}' is not valid for {field}: give a whole number {min}..{max}.");
                return null;
            }

            return value;
        }

        private double? Real(PointMapRecord r, string field)
        {
            var text = r.Get(field);
            if (text is null)
            {
                return null;
            }

            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
            {
                Add(r, field, $"'{text}' is not a number for {field}: use a dot as decimal separator, e.g. 0.1.");
                return null;
            }

            return value;
        }

        private bool? Boolean(PointMapRecord r, string field, bool fallback)
        {
            var text = r.Get(field);
            if (text is null)
            {
                return fallback;
            }

            if (text.Equals("true", StringComparison.OrdinalIgnoreCase) || text is "1" || text.Equals("yes", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }

            if (text.Equals("false", StringComparison.OrdinalIgnoreCase) || text is "0" || text.Equals("no", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            Add(r, field, $"'{text}' is not valid for {field}: use true or false.");
            return null;
        }

        private TimeSpan? Milliseconds(PointMapRecord r, string field, TimeSpan? fallback, bool positive = false)
        {
            var text = r.Get(field);
            if (text is null)
            {
                if (fallback is null)
                {
                    Add(r, field, $"The {field} is missing.");
                }

                return fallback;
            }

            if (!long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var ms) || ms < (positive ? 1 : 0) || ms > 86_400_000)
            {
                Add(r, field, $"'{text}' is not valid for {field}: give whole milliseconds {(positive ? 1 : 0)}..86400000.");
                return null;
            }

            return TimeSpan.FromMilliseconds(ms);
        }
    }
}
