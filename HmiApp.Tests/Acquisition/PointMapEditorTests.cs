using HmiApp.Domain.Acquisition;

namespace HmiApp.Tests.Acquisition;

/// <summary>An edit of one entry is checked as a whole map, exactly like an import, and names the field that is wrong.</summary>
public sealed class PointMapEditorTests
{
    private static readonly PointMap Map = AcquisitionFixtures.Map(502).Map;

    private static Dictionary<string, string?> FieldsOf(string point) =>
        PointMapFields.Of(Map.Points.Single(p => p.Name == point)).ToDictionary(f => f.Key, f => (string?)f.Value);

    private static PointMapEntry Level => PointMapEntry.Of(Map.Points.Single(p => p.Name == "level"));

    [Fact]
    public void A_changed_scale_gives_the_whole_map_with_only_that_field_changed()
    {
        var fields = FieldsOf("level");
        fields["scale"] = "0.5";

        var edit = PointMapEditor.Save(Map, PointMapRecordKind.Point, Level, fields);

        Assert.True(edit.IsValid, string.Join("; ", edit.Import.Issues));
        Assert.Equal(0.5, edit.Import.Map!.Points.Single(p => p.Name == "level").Encoding.Scale);
        var change = Assert.Single(PointMapDiff.Compare(Map, edit.Import.Map));
        Assert.Equal("Changed Point plc1/level: scale: '0.1' -> '0.5'", change.ToString());
        Assert.Same(Map, edit.Base);
    }

    [Theory]
    [InlineData("dataType", "Int99")]
    [InlineData("byteOrder", "XYZW")]
    [InlineData("address", "70000")]
    [InlineData("scale", "ten")]
    [InlineData("table", "Registers")]
    public void A_bad_field_is_refused_and_named(string field, string value)
    {
        var fields = FieldsOf("level");
        fields[field] = value;

        var edit = PointMapEditor.Save(Map, PointMapRecordKind.Point, Level, fields);

        Assert.False(edit.IsValid);
        var issue = Assert.Single(edit.IssuesOfEdited);
        Assert.Equal(field, issue.Field);
        Assert.StartsWith($"{field}: ", edit.Describe(issue), StringComparison.Ordinal);
    }

    [Fact]
    public void A_point_moved_onto_another_is_refused_naming_the_other_entry_too()
    {
        var fields = FieldsOf("level");
        fields["address"] = "1";

        var edit = PointMapEditor.Save(Map, PointMapRecordKind.Point, Level, fields);

        Assert.False(edit.IsValid);
        var issue = Assert.Single(edit.Import.Issues);
        Assert.Equal("address", issue.Field);
        Assert.Contains("overlaps 'flow'", issue.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_point_with_an_existing_name_is_a_duplicate()
    {
        var fields = FieldsOf("level");
        fields["address"] = "10";

        var edit = PointMapEditor.Save(Map, PointMapRecordKind.Point, null, fields);

        Assert.False(edit.IsValid);
        Assert.Contains(edit.Import.Issues, i => i.Field == "name" && i.Message.Contains("Duplicate point 'plc1/level'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_point_is_added_and_a_deleted_one_removed()
    {
        var fields = FieldsOf("level");
        fields["name"] = "pressure";
        fields["address"] = "10";

        var added = PointMapEditor.Save(Map, PointMapRecordKind.Point, null, fields);
        var removed = PointMapEditor.Delete(Map, Level);

        Assert.Equal("Added Point plc1/pressure", Assert.Single(PointMapDiff.Compare(Map, added.Import.Map!)).ToString());
        Assert.Equal("Removed Point plc1/level", Assert.Single(PointMapDiff.Compare(Map, removed.Import.Map!)).ToString());
    }

    [Fact]
    public void Renaming_a_device_carries_its_points_and_deleting_it_deletes_them()
    {
        var device = Map.Devices.Single();
        var fields = PointMapFields.Of(device).ToDictionary(f => f.Key, f => (string?)f.Value);
        fields["name"] = "plc9";

        var renamed = PointMapEditor.Save(Map, PointMapRecordKind.Device, PointMapEntry.Of(device), fields);
        var deleted = PointMapEditor.Delete(Map, PointMapEntry.Of(device));

        Assert.True(renamed.IsValid, string.Join("; ", renamed.Import.Issues));
        Assert.All(renamed.Import.Map!.Points, p => Assert.Equal("plc9", p.Device));
        Assert.True(deleted.IsValid, string.Join("; ", deleted.Import.Issues));
        Assert.Empty(deleted.Import.Map!.Points);
        Assert.Empty(deleted.Import.Map.Devices);
    }

    [Fact]
    public void Deleting_a_scan_class_in_use_is_refused_on_the_device_that_uses_it()
    {
        var edit = PointMapEditor.Delete(Map, PointMapEntry.Of(Map.ScanClasses.Single()));

        Assert.False(edit.IsValid);
        var issue = Assert.Single(edit.Import.Issues);
        Assert.Equal((PointMapRecordKind.Device, "plc1", "scanClass"), (edit.EntryOf(issue).Kind, edit.EntryOf(issue).Key, issue.Field));
        Assert.StartsWith("Device plc1, scanClass: Scan class 'fast' is not defined", edit.Describe(issue), StringComparison.Ordinal);
    }

    [Fact]
    public void A_period_below_the_minimum_is_refused_on_periodMs()
    {
        var scanClass = Map.ScanClasses.Single();
        var fields = PointMapFields.Of(scanClass).ToDictionary(f => f.Key, f => (string?)f.Value);
        fields["periodMs"] = "50";

        var edit = PointMapEditor.Save(Map, PointMapRecordKind.ScanClass, PointMapEntry.Of(scanClass), fields);

        Assert.Equal("periodMs", Assert.Single(edit.IssuesOfEdited).Field);
    }

    [Fact]
    public void Deleting_what_is_not_there_is_an_error_naming_it()
    {
        var error = Assert.Throws<ArgumentException>(() => PointMapEditor.Delete(Map, new PointMapEntry(PointMapRecordKind.Point, "plc1/nothing")));
        Assert.StartsWith("Point plc1/nothing is not in the map.", error.Message, StringComparison.Ordinal);
    }
}
