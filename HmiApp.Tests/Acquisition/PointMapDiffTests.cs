using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;

namespace HmiApp.Tests.Acquisition;

public sealed class PointMapDiffTests
{
    private const string Before = """
        kind,name,periodMs,host,scanClass,device,table,address,dataType,scale
        ScanClass,fast,1000,,,,,,,
        Device,plc1,,10.0.0.5,fast,,,,,
        Point,flow,,,,plc1,HoldingRegisters,0,Int16,1
        Point,level,,,,plc1,HoldingRegisters,1,Int16,1
        """;

    [Fact]
    public void Preview_lists_added_changed_with_fields_and_removed()
    {
        var after = Before
            .Replace("Point,flow,,,,plc1,HoldingRegisters,0,Int16,1", "Point,flow,,,,plc1,HoldingRegisters,0,Int16,0.1", StringComparison.Ordinal)
            .Replace("Point,level,,,,plc1,HoldingRegisters,1,Int16,1", "Point,temp,,,,plc1,HoldingRegisters,5,Int16,1", StringComparison.Ordinal);

        var changes = PointMapDiff.Compare(Read(Before), Read(after));

        Assert.Equal(
            ["Changed Point plc1/flow: scale: '1' -> '0.1'", "Added Point plc1/temp", "Removed Point plc1/level"],
            changes.Select(c => c.ToString()));
    }

    [Fact]
    public void The_same_map_has_no_changes()
    {
        Assert.Empty(PointMapDiff.Compare(Read(Before), Read(Before)));
    }

    private static PointMap Read(string csv) => PointMapFiles.Read(PointMapFormat.Csv, csv).Map ?? throw new InvalidOperationException("invalid test map");
}
