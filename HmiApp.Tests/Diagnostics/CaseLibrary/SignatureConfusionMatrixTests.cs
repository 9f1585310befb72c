using System.Text;
using HmiApp.Domain.Diagnostics;
using Xunit.Abstractions;

namespace HmiApp.Tests.Diagnostics.CaseLibrary;

/// <summary>The built-in tree against the labelled library: per family, which codes came out and how often it was right.</summary>
[Trait("Category", "Component")]
public sealed class SignatureConfusionMatrixTests(ITestOutputHelper output)
{
    private const double MinimumFamilyAccuracy = 0.90;

    [Fact]
    public void Library_is_deterministic_and_labels_every_family()
    {
        var first = SignatureCaseLibrary.All();
        var second = SignatureCaseLibrary.All();

        Assert.Equal(Enum.GetValues<SignatureFamily>().Length * SignatureCaseLibrary.VariantsPerFamily, first.Count);
        Assert.Equal(
            first.Select(c => c.Window.Readings[^1].MotorCurrentAmps),
            second.Select(c => c.Window.Readings[^1].MotorCurrentAmps));
        Assert.All(first, c => Assert.NotEmpty(c.AcceptedCodes));
        Assert.Equal(3, first.Select(c => c.Window.Readings.Count).Distinct().Count());
    }

    [Fact]
    public void Every_family_meets_the_bar_and_critical_faults_are_never_below_high()
    {
        var tree = BuiltInDiagnosticTree.Create();
        var rows = SignatureCaseLibrary.All()
            .Select(c => (Case: c, Result: DiagnosticEvaluator.Evaluate(tree, c.Window, WellDiagnosticParameters.Defaults, c.Baseline)))
            .ToArray();

        output.WriteLine(Render(rows.Select(r => (r.Case, r.Result.Diagnosis))));

        var failures = new List<string>();
        foreach (var family in rows.GroupBy(r => r.Case.Family))
        {
            var accuracy = family.Count(r => r.Case.AcceptedCodes.Contains(r.Result.Diagnosis.Code)) / (double)family.Count();
            if (accuracy < MinimumFamilyAccuracy)
            {
                failures.Add($"{family.Key}: {accuracy:P0} right");
            }
        }

        failures.AddRange(rows
            .Where(r => r.Case.IsCritical && r.Result.Diagnosis.Severity > DiagnosisSeverity.High)
            .Select(r => $"{r.Case.Name}: critical fault called {r.Result.Diagnosis.Code} ({r.Result.Diagnosis.Severity})"));
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Markdown table: one row per family, one column per code that came out, and the share right.</summary>
    internal static string Render(IEnumerable<(SignatureCase Case, Diagnosis Diagnosis)> rows)
    {
        var list = rows.ToArray();
        var codes = list.Select(r => r.Diagnosis.Code).Distinct().Order(StringComparer.Ordinal).ToArray();
        var text = new StringBuilder();
        text.AppendLine($"| family | {string.Join(" | ", codes)} | right |");
        text.AppendLine($"|---|{string.Concat(codes.Select(_ => "---|"))}---|");
        foreach (var family in list.GroupBy(r => r.Case.Family))
        {
            var counts = codes.Select(code => family.Count(r => r.Diagnosis.Code == code)).Select(n => n == 0 ? "." : n.ToString());
            var right = family.Count(r => r.Case.AcceptedCodes.Contains(r.Diagnosis.Code));
            text.AppendLine($"| {family.Key} | {string.Join(" | ", counts)} | {right}/{family.Count()} |");
        }

        return text.ToString();
    }
}
