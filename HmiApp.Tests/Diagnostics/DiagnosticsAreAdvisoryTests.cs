using System.Reflection;
using HmiApp.Domain.Diagnostics;

namespace HmiApp.Tests.Diagnostics;

/// <summary>A diagnosis advises; it must not be able to reach anything that writes to a device.</summary>
public sealed class DiagnosticsAreAdvisoryTests
{
    [Fact]
    public void Domain_with_wells_and_diagnostics_references_only_the_base_class_library()
    {
        var references = typeof(DiagnosticEvaluator).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.NotEmpty(references);
        Assert.All(references, name => Assert.True(name.StartsWith("System", StringComparison.Ordinal), $"HmiApp.Domain references {name}"));
    }

    [Fact]
    public void No_public_diagnostics_or_wells_type_exposes_a_write_send_or_command_member()
    {
        var types = typeof(DiagnosticEvaluator).Assembly.GetExportedTypes()
            .Where(t => t.Namespace is "HmiApp.Domain.Diagnostics" or "HmiApp.Domain.Wells");
        var suspicious = types
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name.StartsWith("Write", StringComparison.Ordinal) || m.Name.Contains("Command", StringComparison.Ordinal) || m.Name.StartsWith("Send", StringComparison.Ordinal))
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}");

        Assert.Empty(suspicious);
    }
}
