using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Modbus;
using HmiApp.Infrastructure.Acquisition.Files;

namespace HmiApp.Tests.Acquisition;

public sealed class PointMapImportTests
{
    private const string Csv = """
        kind,name,periodMs,jitterMs,host,port,unitId,scanClass,device,table,address,dataType,byteOrder,scale,units,tags,deadband
        ScanClass,fast,1000,200,,,,,,,,,,,,,
        Device,plc1,,,10.0.0.5,502,1,fast,,,,,,,,,
        Point,flow,,,,,,,plc1,HoldingRegisters,0,Float32,CDAB,1,m3/h,area:north;kind,0.5
        Point,level,,,,,,,plc1,,30011,Int16,,0.1,m,area:south,
        """;

    private const string Yaml = """
        scanClasses:
          - name: fast
            periodMs: 1000
        devices:
          - name: plc1
            host: 10.0.0.5
            scanClass: fast
            points:
              - name: flow
                table: HoldingRegisters
                address: 0
                dataType: Float32
                tags: area:north;kind
              - name: level
                address: 400011
                dataType: Int16
        """;

    private const string Json = """
        {
          "scanClasses": [ { "name": "fast", "periodMs": 1000 } ],
          "devices": [
            {
              "name": "plc1", "host": "10.0.0.5", "scanClass": "fast",
              "points": [
                { "name": "flow", "table": "HoldingRegisters", "address": 0, "dataType": "Float32" },
                { "name": "run", "address": "00005", "dataType": "Boolean" }
              ]
            }
          ]
        }
        """;

    [Fact]
    public void Csv_reads_scan_classes_devices_and_points_and_converts_reference_notation()
    {
        var import = PointMapFiles.Read(PointMapFormat.Csv, Csv);

        Assert.True(import.IsValid, string.Join("\n", import.Issues));
        var map = import.Map!;
        Assert.Equal(TimeSpan.FromMilliseconds(200), Assert.Single(map.ScanClasses).StartJitter);
        Assert.Equal("10.0.0.5", Assert.Single(map.Devices).Host);
        var flow = map.Points.Single(p => p.Name == "flow");
        Assert.Equal(ByteOrder.CDAB, flow.Encoding.ByteOrder);
        Assert.True(flow.Tags.Matches("area:north"));
        Assert.True(flow.Tags.Matches("kind"));
        Assert.False(flow.Tags.Matches("area:south"));
        var level = map.Points.Single(p => p.Name == "level");
        Assert.Equal((ModbusTable.InputRegisters, 10), (level.Table, level.Address));
        var conversion = Assert.Single(import.Conversions);
        Assert.Equal((5, "30011", ModbusTable.InputRegisters, 10), (conversion.Line, conversion.Reference, conversion.Table, conversion.Address));
    }

    [Fact]
    public void Yaml_reads_nested_points_and_six_digit_references()
    {
        var import = PointMapFiles.Read(PointMapFormat.Yaml, Yaml);

        Assert.True(import.IsValid, string.Join("\n", import.Issues));
        var level = import.Map!.Points.Single(p => p.Name == "level");
        Assert.Equal(("plc1", ModbusTable.HoldingRegisters, 10), (level.Device, level.Table, level.Address));
        Assert.Equal(15, Assert.Single(import.Conversions).Line);
    }

    [Fact]
    public void Json_reads_nested_points_and_coil_references()
    {
        var import = PointMapFiles.Read(PointMapFormat.Json, Json);

        Assert.True(import.IsValid, string.Join("\n", import.Issues));
        var run = import.Map!.Points.Single(p => p.Name == "run");
        Assert.Equal((ModbusTable.Coils, 4), (run.Table, run.Address));
        Assert.Equal(8, Assert.Single(import.Conversions).Line);
    }

    [Theory]
    [InlineData(PointMapFormat.Csv)]
    [InlineData(PointMapFormat.Yaml)]
    [InlineData(PointMapFormat.Json)]
    public void Export_then_import_gives_the_same_map(PointMapFormat format)
    {
        var map = PointMapFiles.Read(PointMapFormat.Csv, Csv).Map!;

        var again = PointMapFiles.Read(format, PointMapFiles.Write(format, map));

        Assert.True(again.IsValid, string.Join("\n", again.Issues));
        Assert.Empty(PointMapDiff.Compare(map, again.Map!));
        Assert.Empty(again.Conversions);
    }

    [Theory]
    [InlineData("Point,p2,,,,,,,plc1,HoldingRegisters,1,Int16,,,,,", 6, "address", "overlaps 'flow' (line 4")]
    [InlineData("Point,p2,,,,,,,plc1,HoldingRegisters,65535,Float32,,,,,", 6, "address", "runs past the last address 65535")]
    [InlineData("Point,p2,,,,,,,plc1,HoldingRegisters,70000,Int16,,,,,", 6, "address", "not a zero-based address")]
    [InlineData("Point,p2,,,,,,,plc1,HoldingRegisters,10,Int24,,,,,", 6, "dataType", "Unknown data type 'Int24'")]
    [InlineData("Point,p2,,,,,,,plc1,HoldingRegisters,10,Int16,CDAB,,,,", 6, "byteOrder", "ByteOrder 'CDAB' is not valid for Int16")]
    [InlineData("Point,p2,,,,,,,plc1,HoldingRegisters,10,Int16,XY,,,,", 6, "byteOrder", "Unknown byte order 'XY'")]
    [InlineData("Point,flow,,,,,,,plc1,HoldingRegisters,10,Int16,,,,,", 6, "name", "Duplicate point 'plc1/flow': already defined on line 4")]
    [InlineData("Point,p2,,,,,,,plc9,HoldingRegisters,10,Int16,,,,,", 6, "device", "Device 'plc9' is not defined")]
    [InlineData("Point,p2,,,,,,,plc1,Registers,10,Int16,,,,,", 6, "table", "Unknown Modbus table 'Registers'")]
    [InlineData("Point,p2,,,,,,,plc1,,20001,Int16,,,,,", 6, "address", "the first digit must be 0 (coil), 1 (discrete input), 3 (input register) or 4 (holding register)")]
    [InlineData("Point,p2,,,,,,,plc1,,40000,Int16,,,,,", 6, "address", "it must be 1..9999")]
    [InlineData("Point,p2,,,,,,,plc1,Coils,3,Int16,,,,,", 6, "dataType", "needs a register table")]
    [InlineData("Point,p2,,,,,,,plc1,HoldingRegisters,10,Int16,,abc,,,", 6, "scale", "'abc' is not a number for scale")]
    [InlineData("Point,p2,,,,,,,plc1,HoldingRegisters,10,Int16,,,,,-1", 6, "deadband", "Deadband -1 is negative")]
    [InlineData("Device,plc1,,,10.0.0.6,502,1,fast,,,,,,,,,", 6, "name", "Duplicate device 'plc1': already defined on line 3")]
    [InlineData("Device,plc2,,,10.0.0.6,99999,1,fast,,,,,,,,,", 6, "port", "give a whole number 1..65535")]
    [InlineData("Device,plc2,,,10.0.0.6,502,1,slow,,,,,,,,,", 6, "scanClass", "Scan class 'slow' is not defined")]
    [InlineData("ScanClass,tiny,10,0,,,,,,,,,,,,,", 6, "periodMs", "too short")]
    [InlineData("Sensor,x,,,,,,,,,,,,,,,", 6, "kind", "Unknown kind 'Sensor'")]
    public void Every_error_names_its_line_and_field(string extraRow, int line, string field, string message)
    {
        var import = PointMapFiles.Read(PointMapFormat.Csv, Csv + "\n" + extraRow);

        Assert.False(import.IsValid);
        var issue = Assert.Single(import.Issues);
        Assert.Equal((line, field), (issue.Line, issue.Field));
        Assert.Contains(message, issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parts_of_one_register_may_share_it_but_overlapping_bits_may_not()
    {
        var rows = Csv
            + "\nPoint,b0,,,,,,,plc1,HoldingRegisters,100,Bit,,,,,"
            + "\nPoint,hi,,,,,,,plc1,HoldingRegisters,100,UInt8H,,,,,";
        Assert.True(PointMapFiles.Read(PointMapFormat.Csv, rows).IsValid);

        var clash = PointMapFiles.Read(PointMapFormat.Csv, rows + "\nPoint,lo,,,,,,,plc1,HoldingRegisters,100,UInt8L,,,,,");
        var issue = Assert.Single(clash.Issues);
        Assert.Equal((8, "address"), (issue.Line, issue.Field));
        Assert.Contains("overlaps 'b0'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_longer_than_the_device_reads_at_once_is_refused()
    {
        const string csv = """
            kind,name,periodMs,host,scanClass,maxReadRegisters,device,table,address,dataType
            ScanClass,fast,1000,,,,,,,
            Device,gw,,10.0.0.9,fast,2,,,,
            Point,total,,,,,gw,InputRegisters,0,Float64
            """;

        var issue = Assert.Single(PointMapFiles.Read(PointMapFormat.Csv, csv).Issues);

        Assert.Equal((4, "length"), (issue.Line, issue.Field));
        Assert.Contains("device 'gw' reads at most 2 at once", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void All_issues_of_a_file_are_reported_together_with_their_lines()
    {
        var import = PointMapFiles.Read(PointMapFormat.Csv, Csv + "\nPoint,a,,,,,,,plc9,HoldingRegisters,10,Int16,,,,,\nPoint,b,,,,,,,plc1,HoldingRegisters,11,Int99,,,,,");

        Assert.Equal([(6, "device"), (7, "dataType")], import.Issues.Select(i => (i.Line, i.Field)));
    }

    [Fact]
    public void Yaml_and_json_errors_name_their_line_too()
    {
        var yaml = PointMapFiles.Read(PointMapFormat.Yaml, Yaml.Replace("dataType: Int16", "dataType: Int99", StringComparison.Ordinal));
        var yamlIssue = Assert.Single(yaml.Issues);
        Assert.Equal((16, "dataType"), (yamlIssue.Line, yamlIssue.Field));

        var json = PointMapFiles.Read(PointMapFormat.Json, Json.Replace("\"address\": 0,", "\"address\": 0, \"colour\": \"red\",", StringComparison.Ordinal));
        var jsonIssue = Assert.Single(json.Issues);
        Assert.Equal((7, "colour"), (jsonIssue.Line, jsonIssue.Field));
    }

    [Fact]
    public void Syntax_errors_are_issues_not_exceptions()
    {
        Assert.Equal("(syntax)", Assert.Single(PointMapFiles.Read(PointMapFormat.Json, "{ \"devices\": [ ").Issues).Field);
        Assert.Equal("(syntax)", Assert.Single(PointMapFiles.Read(PointMapFormat.Yaml, "devices: [a, b\n  c: :").Issues).Field);
    }
}
