using System.Buffers;
using System.Text;
using System.Text.Json;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Mqtt;

namespace HmiApp.Tests.Mqtt;

public sealed class MqttPayloadReaderTests
{
    private static readonly DateTimeOffset Received = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("""{"a": {"b": 21.5}}""", "a.b", PointDataType.Float64, 21.5)]
    [InlineData("""{"r": [1, {"v": 300}]}""", "$.r[1].v", PointDataType.Int16, 30.0)]
    [InlineData("42", "$", PointDataType.UInt16, 4.2)]
    public void A_number_at_the_path_is_scaled_as_a_register_value_would_be(string payload, string path, PointDataType type, double expected)
    {
        var point = Point(path, type, scale: 0.1, skipScaleFor: type == PointDataType.Float64);
        Assert.True(MqttPayloadReader.TryReadValue(Root(payload), point, out var value, out var error), error);
        Assert.Equal(expected, value.Number, 9);
    }

    [Theory]
    [InlineData("""{"v": "hot"}""", PointDataType.Float32, "not a number")]
    [InlineData("""{"v": 1.5}""", PointDataType.Int32, "not a whole number")]
    [InlineData("""{"v": 70000}""", PointDataType.Int16, "range -32768..32767")]
    [InlineData("""{"v": -1}""", PointDataType.UInt16, "range 0..65535")]
    [InlineData("""{"v": null}""", PointDataType.Float32, "is null")]
    [InlineData("""{"w": 1}""", PointDataType.Float32, "no property 'v'")]
    [InlineData("""{"v": 2}""", PointDataType.Boolean, "not a boolean")]
    public void A_value_that_is_not_what_the_point_says_is_refused_naming_why(string payload, PointDataType type, string expected)
    {
        Assert.False(MqttPayloadReader.TryReadValue(Root(payload), Point("v", type), out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"v": true}""", true)]
    [InlineData("""{"v": 0}""", false)]
    public void Booleans_are_true_false_or_0_and_1(string payload, bool expected)
    {
        Assert.True(MqttPayloadReader.TryReadValue(Root(payload), Point("v", PointDataType.Boolean), out var value, out _));
        Assert.Equal(expected, value.Boolean);
    }

    [Theory]
    [InlineData("""{"v": 1, "t": "2026-12-06T11:59:58.250+01:00"}""", "2026-12-06T10:59:58.250Z")]
    [InlineData("""{"v": 1, "t": 1796558398}""", "2026-12-06T11:59:58Z")]
    [InlineData("""{"v": 1, "t": 1796558398250}""", "2026-12-06T11:59:58.250Z")]
    public void The_payload_timestamp_is_iso_text_or_unix_seconds_or_milliseconds(string payload, string expected)
    {
        var point = Point("v", PointDataType.Int16, timestamp: "t");
        Assert.True(MqttPayloadReader.TryReadTimestamp(Root(payload), point, Received, out var stamp, out var error), error);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), stamp);
    }

    [Fact]
    public void Without_a_timestamp_path_the_reading_takes_the_time_it_arrived_and_a_missing_one_is_refused()
    {
        Assert.True(MqttPayloadReader.TryReadTimestamp(Root("""{"v": 1}"""), Point("v", PointDataType.Int16), Received, out var stamp, out _));
        Assert.Equal(Received, stamp);
        Assert.False(MqttPayloadReader.TryReadTimestamp(Root("""{"v": 1}"""), Point("v", PointDataType.Int16, timestamp: "t"), Received, out _, out var error));
        Assert.Contains("no property 't'", error, StringComparison.Ordinal);
        Assert.False(MqttPayloadReader.TryReadTimestamp(Root("""{"v": 1, "t": "yesterday"}"""), Point("v", PointDataType.Int16, timestamp: "t"), Received, out _, out error));
        Assert.Contains("not a timestamp", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_payload_that_is_not_json_is_refused()
    {
        Assert.False(MqttPayloadReader.TryParse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes("21.5 degC")), out _, out var error));
        Assert.StartsWith("not JSON", error, StringComparison.Ordinal);
    }

    private static JsonElement Root(string payload) => JsonDocument.Parse(payload).RootElement;

    private static Point Point(string path, PointDataType type, double scale = 1.0, bool skipScaleFor = false, string? timestamp = null)
    {
        Assert.True(PayloadPath.TryParse(path, out var value, out var error), error);
        PayloadPath? stamp = null;
        if (timestamp is not null)
        {
            Assert.True(PayloadPath.TryParse(timestamp, out stamp, out error), error);
        }

        return new Point
        {
            Device = "d",
            Name = "p",
            Table = ModbusTable.HoldingRegisters,
            Address = 0,
            Encoding = new PointEncoding(type, scale: skipScaleFor ? 1.0 : scale),
            Mqtt = new MqttSource("t/p", value!, stamp),
        };
    }
}
