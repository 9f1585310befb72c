using System.Collections.Concurrent;

namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>The announced diagnosis of every well, in memory for pages; the database has the same as its latest change per well.</summary>
public sealed class DiagnosisBoard
{
    private readonly ConcurrentDictionary<string, DiagnosisView> current = new(StringComparer.Ordinal);

    public IReadOnlyList<DiagnosisView> All => current.Values.OrderBy(v => v.WellId, StringComparer.Ordinal).ToList();

    /// <summary>Critical first, then high; within a severity the most recent first.</summary>
    public IReadOnlyList<DiagnosisView> CriticalAndHigh =>
        current.Values.Where(v => v.IsCriticalOrHigh).OrderBy(v => v.Severity).ThenByDescending(v => v.EvaluatedAt).ToList();

    public DiagnosisView? For(string wellId) => current.TryGetValue(wellId, out var view) ? view : null;

    internal DiagnosisView? Put(DiagnosisView view)
    {
        DiagnosisView? previous = null;
        current.AddOrUpdate(view.WellId, view, (_, old) =>
        {
            previous = old;
            return view;
        });
        return previous;
    }
}
