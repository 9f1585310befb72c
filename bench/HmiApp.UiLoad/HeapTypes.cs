using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Runtime;

namespace HmiApp.UiLoad;

/// <summary>
/// The app's managed heap by type, to show where memory per circuit goes: take one with no circuit and one with many,
/// after the heap probe's full collections, and compare. The runtime writes a heap dump of itself (diagnostics IPC)
/// and ClrMD reads the file: attaching ClrMD to the live process hung once and crashed the tool on detach once.
/// </summary>
public sealed class HeapTypes
{
    private const string RenderTreeFrames = "Microsoft.AspNetCore.Components.RenderTree.RenderTreeFrame[]";

    private readonly Dictionary<string, (long Count, long Bytes)> byType;

    private HeapTypes(Dictionary<string, (long Count, long Bytes)> byType) => this.byType = byType;

    /// <param name="keepIn">A folder to keep the dump in (for dotnet-dump analyze), or null to delete it.</param>
    public static HeapTypes Take(int processId, string? keepIn)
    {
        var dump = Path.Combine(keepIn ?? Path.GetTempPath(), $"hmi-uiload-{processId}-{DateTime.UtcNow:HHmmss}.dmp");
        try
        {
            new DiagnosticsClient(processId).WriteDump(DumpType.WithHeap, dump);
            return Read(dump);
        }
        finally
        {
            if (keepIn is null)
            {
                File.Delete(dump);
            }
        }
    }

    private static HeapTypes Read(string dump)
    {
        using var target = DataTarget.LoadDump(dump);
        using var runtime = target.ClrVersions[0].CreateRuntime();
        var byType = new Dictionary<string, (long Count, long Bytes)>();
        foreach (var item in runtime.Heap.EnumerateObjects())
        {
            if (!item.IsValid || item.IsFree)
            {
                continue;
            }

            var name = item.Type?.Name ?? "?";
            if (name == RenderTreeFrames)
            {
                // By capacity: two such arrays per component are most of what a circuit holds.
                name += " of " + item.AsArray().Length.ToString(CultureInfo.InvariantCulture);
            }
            var (count, bytes) = byType.GetValueOrDefault(name);
            byType[name] = (count + 1, bytes + (long)item.Size);
        }

        return new HeapTypes(byType);
    }

    /// <summary>The types that grew most from <paramref name="before"/>, per circuit.</summary>
    public IEnumerable<string> GrowthPerCircuit(HeapTypes before, int circuits, int top) =>
        byType.Select(kv =>
            {
                var (count, bytes) = before.byType.GetValueOrDefault(kv.Key);
                return (Type: kv.Key, Count: kv.Value.Count - count, Bytes: kv.Value.Bytes - bytes);
            })
            .OrderByDescending(t => t.Bytes)
            .Take(top)
            .Select(t => string.Create(CultureInfo.InvariantCulture,
                $"{t.Bytes / 1024.0 / circuits,8:0.0} KB {t.Count / (double)circuits,7:0.0} objects  {t.Type}"));
}
