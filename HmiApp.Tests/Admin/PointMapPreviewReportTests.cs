using HmiApp.Admin.PointMaps;
using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Files;

namespace HmiApp.Tests.Admin;

/// <summary>What an engineer sees after "Preview": each issue where it is, or what would change; nothing else.</summary>
[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class PointMapPreviewReportTests
{
    [Fact]
    public async Task A_map_with_errors_lists_each_issue_with_its_line_and_field_and_offers_no_changes()
    {
        var import = PointMapFiles.Read(PointMapFormat.Csv, """
            kind,name,periodMs,host,port,unitId,scanClass,device,table,address,dataType
            ScanClass,fast,1000,,,,,,,,
            Device,plc1,,10.0.0.5,502,1,fast,,,,
            Point,flow,,,,,,plc1,HoldingRegisters,0,Float99
            Point,level,,,,,,plc9,HoldingRegisters,1,Int16
            """);
        Assert.False(import.IsValid);
        await using var renderer = new ComponentRenderer(_ => { });

        var report = renderer.Render<PointMapPreviewReport>(new Dictionary<string, object?> { [nameof(PointMapPreviewReport.Preview)] = new PointMapPreview(import, []) });

        var shown = report.FindAll("[data-testid=issues] li").Select(li => li.TextContent).ToList();
        Assert.Equal(import.Issues.Select(i => $"line {i.Line}, {i.Field}: {i.Message}"), shown);
        Assert.Contains(shown, line => line.StartsWith("line 4, dataType:", StringComparison.Ordinal) && line.Contains("Float99", StringComparison.Ordinal));
        Assert.Contains(shown, line => line.StartsWith("line 5, device:", StringComparison.Ordinal) && line.Contains("plc9", StringComparison.Ordinal));
        Assert.Contains($"{import.Issues.Count} issue(s); nothing can be applied", report.Find("p.hmi-abnormal").TextContent, StringComparison.Ordinal);
        Assert.Empty(report.FindAll("[data-testid=changes]"));
    }

    [Fact]
    public async Task A_valid_map_lists_its_changes_and_the_converted_reference_numbers()
    {
        var import = PointMapFiles.Read(PointMapFormat.Csv, """
            kind,name,periodMs,host,port,unitId,scanClass,device,table,address,dataType
            ScanClass,fast,1000,,,,,,,,
            Device,plc1,,10.0.0.5,502,1,fast,,,,
            Point,level,,,,,,plc1,,30011,Int16
            """);
        Assert.True(import.IsValid, string.Join("\n", import.Issues));
        var changes = PointMapDiff.Compare(PointMap.Empty, import.Map!);
        await using var renderer = new ComponentRenderer(_ => { });

        var report = renderer.Render<PointMapPreviewReport>(new Dictionary<string, object?> { [nameof(PointMapPreviewReport.Preview)] = new PointMapPreview(import, changes) });

        Assert.Equal(changes.Select(c => c.ToString()), report.FindAll("[data-testid=changes] li").Select(li => li.TextContent));
        Assert.NotEmpty(changes);
        Assert.Contains("30011", Assert.Single(report.FindAll("[data-testid=conversions] li")).TextContent, StringComparison.Ordinal);
        Assert.Empty(report.FindAll("[data-testid=issues]"));
    }
}
