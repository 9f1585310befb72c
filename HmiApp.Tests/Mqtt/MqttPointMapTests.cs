using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Files;

namespace HmiApp.Tests.Mqtt;

/// <summary>MQTT devices and points in the point map: read, refused by name where wrong, and written back unchanged.</summary>
public sealed class MqttPointMapTests
{
    private const string Yaml = """
        scanClasses:
          - name: fast
            periodMs: 1000
        devices:
          - name: plc-1
            host: 10.0.0.5
            scanClass: fast
            points:
              - name: level
                table: HoldingRegisters
                address: 2
                dataType: Int16
          - name: field-mqtt
            protocol: Mqtt
            host: broker.plant
            tls: true
            username: hmi
            passwordVariable: HMI_MQTT_PASSWORD
            scanClass: fast
            points:
              - name: flow
                topic: site/w101/telemetry
                valuePath: $.data.flow
                timestampPath: ts
                dataType: Float64
                scale: 0.5
              - name: running
                topic: site/w101/telemetry
                valuePath: status[1]
                dataType: Boolean
        """;

    [Fact]
    public void An_mqtt_device_and_its_points_are_read_with_broker_topic_and_paths()
    {
        var import = PointMapFiles.Read(PointMapFormat.Yaml, Yaml);
        Assert.True(import.Map is not null, string.Join("\n", import.Issues));
        var device = import.Map.Devices.Single(d => d.Name == "field-mqtt");
        Assert.Equal((DeviceProtocol.Mqtt, 8883, "mqtts://broker.plant:8883"), (device.Protocol, device.Port, device.Endpoint));
        Assert.Equal(new MqttLink(true, "hmi", "HMI_MQTT_PASSWORD"), device.Mqtt);
        var flow = import.Map.Points.Single(p => p.Name == "flow");
        Assert.Equal("site/w101/telemetry", flow.Mqtt!.Topic);
        Assert.Equal([PayloadPathStep.Named("data"), PayloadPathStep.Named("flow")], flow.Mqtt.Value.Steps);
        Assert.Equal("ts", flow.Mqtt.Timestamp!.Text);
        Assert.Equal([PayloadPathStep.Named("status"), PayloadPathStep.At(1)], import.Map.Points.Single(p => p.Name == "running").Mqtt!.Value.Steps);
        Assert.Equal(DeviceProtocol.Modbus, import.Map.Devices.Single(d => d.Name == "plc-1").Protocol);
    }

    [Theory]
    [InlineData(PointMapFormat.Csv)]
    [InlineData(PointMapFormat.Json)]
    [InlineData(PointMapFormat.Yaml)]
    public void An_exported_map_with_mqtt_devices_reads_back_the_same(PointMapFormat format)
    {
        var map = PointMapFiles.Read(PointMapFormat.Yaml, Yaml).Map!;
        var again = PointMapFiles.Read(format, PointMapFiles.Write(format, map));
        Assert.True(again.Map is not null, string.Join("\n", again.Issues));
        Assert.Empty(PointMapDiff.Compare(map, again.Map));
        Assert.Equal(map.Points.Select(p => p.Mqtt), again.Map.Points.Select(p => p.Mqtt));
    }

    [Fact]
    public void A_modbus_map_exports_without_any_mqtt_field()
    {
        var map = PointMapFiles.Read(PointMapFormat.Yaml, Yaml).Map!;
        var modbusOnly = new PointMap(map.ScanClasses, map.Devices.Where(d => d.Name == "plc-1").ToList(), map.Points.Where(p => p.Device == "plc-1").ToList());
        var yaml = PointMapFiles.Write(PointMapFormat.Yaml, modbusOnly);
        Assert.DoesNotContain("protocol", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("topic", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("valuePath: $.data.flow", "valuePath: data..flow", "valuePath", "empty name")]
    [InlineData("valuePath: $.data.flow", "valuePath: data[*]", "valuePath", "array position")]
    [InlineData("topic: site/w101/telemetry\n        valuePath: $.data.flow", "topic: site/+/telemetry\n        valuePath: $.data.flow", "topic", "wildcards")]
    [InlineData("dataType: Float64", "dataType: KnxFloat16", "dataType", "not a JSON value")]
    [InlineData("scale: 0.5", "scale: 0.5\n        writable: true", "writable", "read-only")]
    [InlineData("scale: 0.5", "scale: 0.5\n        address: 4", "address", "no address")]
    [InlineData("passwordVariable: HMI_MQTT_PASSWORD", "passwordVariable: hunter2!", "passwordVariable", "environment variable")]
    [InlineData("protocol: Mqtt", "protocol: Mqtt5", "protocol", "Modbus or Mqtt")]
    public void A_wrong_mqtt_field_is_refused_by_name(string from, string to, string field, string message)
    {
        var text = Yaml.Replace(from.Replace("\n        ", "\n" + new string(' ', 8), StringComparison.Ordinal), to, StringComparison.Ordinal);
        Assert.NotEqual(Yaml, text);
        var import = PointMapFiles.Read(PointMapFormat.Yaml, text);
        Assert.Null(import.Map);
        var issue = Assert.Single(import.Issues, i => i.Field == field);
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_with_a_topic_on_a_modbus_device_and_a_register_point_on_an_mqtt_device_are_refused()
    {
        var text = Yaml
            .Replace("        dataType: Int16", "        dataType: Int16\n      - name: stray\n        topic: a/b\n        valuePath: v\n        dataType: Int16", StringComparison.Ordinal)
            .Replace("        valuePath: status[1]\n        dataType: Boolean", "        valuePath: status[1]\n        dataType: Boolean\n      - name: register\n        table: HoldingRegisters\n        address: 1\n        dataType: Int16", StringComparison.Ordinal);
        Assert.Contains("name: stray", text, StringComparison.Ordinal);
        Assert.Contains("name: register", text, StringComparison.Ordinal);
        var import = PointMapFiles.Read(PointMapFormat.Yaml, text);
        Assert.Null(import.Map);
        Assert.Contains(import.Issues, i => i.Field == "topic" && i.Message.Contains("'plc-1' is a Modbus device", StringComparison.Ordinal));
        Assert.Contains(import.Issues, i => i.Field == "topic" && i.Message.Contains("'field-mqtt' is an MQTT device", StringComparison.Ordinal));
    }
}
