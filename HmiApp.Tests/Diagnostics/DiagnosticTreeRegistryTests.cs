using HmiApp.Domain.Diagnostics;

namespace HmiApp.Tests.Diagnostics;

public sealed class DiagnosticTreeRegistryTests
{
    [Fact]
    public void Newer_valid_version_replaces_the_tree_in_force()
    {
        var registry = new DiagnosticTreeRegistry(BuiltInDiagnosticTree.Create());
        var newer = BuiltInDiagnosticTree.Create() with { Version = BuiltInDiagnosticTree.TreeVersion + 1, Author = "engineer" };

        Assert.Empty(registry.Replace(newer));
        Assert.Same(newer, registry.Current);
    }

    [Fact]
    public void Invalid_tree_is_refused_with_reasons_and_the_old_tree_stays()
    {
        var original = BuiltInDiagnosticTree.Create();
        var registry = new DiagnosticTreeRegistry(original);
        var nodes = original.Nodes.Select(n => n.Id == "leaf-overload" ? n with { Diagnosis = n.Diagnosis! with { Confidence = 1.5 } } : n).ToList();
        var broken = original with { Version = original.Version + 1, Nodes = nodes };

        var errors = registry.Replace(broken);

        Assert.Contains(errors, e => e.NodeId == "leaf-overload" && e.Message.Contains("confidence 1.5 is outside 0..1", StringComparison.Ordinal));
        Assert.Same(original, registry.Current);
    }

    [Fact]
    public void Same_or_older_version_of_the_same_tree_is_refused()
    {
        var original = BuiltInDiagnosticTree.Create();
        var registry = new DiagnosticTreeRegistry(original);

        var errors = registry.Replace(original with { Author = "someone else" });

        Assert.Contains(errors, e => e.Message == $"version {original.Version} is not newer than version {original.Version} in force");
        Assert.Same(original, registry.Current);
    }

    [Fact]
    public void Bad_json_is_refused_and_the_old_tree_stays()
    {
        var original = BuiltInDiagnosticTree.Create();
        var registry = new DiagnosticTreeRegistry(original);

        var errors = registry.ReplaceFromJson("""{ "id": "x" """);

        Assert.Single(errors);
        Assert.StartsWith("invalid tree JSON", errors[0].Message);
        Assert.Same(original, registry.Current);
    }

    [Fact]
    public void Json_tree_with_a_cycle_is_refused_and_the_old_tree_stays()
    {
        var original = BuiltInDiagnosticTree.Create();
        var registry = new DiagnosticTreeRegistry(original);
        var json = DiagnosticTreeJson.Serialize(original with { Version = original.Version + 1 })
            .Replace("\"whenFalse\": \"vibration-baseline\"", "\"whenFalse\": \"running\"", StringComparison.Ordinal);

        var errors = registry.ReplaceFromJson(json);

        Assert.Contains(errors, e => e.NodeId == "vibration-absolute" && e.Message.Contains("cycle", StringComparison.Ordinal));
        Assert.Same(original, registry.Current);
    }

    [Fact]
    public void Valid_json_tree_goes_in()
    {
        var registry = new DiagnosticTreeRegistry(BuiltInDiagnosticTree.Create());
        var json = DiagnosticTreeJson.Serialize(BuiltInDiagnosticTree.Create() with { Version = 5 });

        Assert.Empty(registry.ReplaceFromJson(json));
        Assert.Equal(5, registry.Current.Version);
    }

    [Fact]
    public void Registry_cannot_start_with_an_invalid_tree()
    {
        var invalid = BuiltInDiagnosticTree.Create() with { RootNodeId = "nowhere" };
        var error = Assert.Throws<ArgumentException>(() => new DiagnosticTreeRegistry(invalid));
        Assert.Contains("root node 'nowhere' does not exist", error.Message);
    }
}
