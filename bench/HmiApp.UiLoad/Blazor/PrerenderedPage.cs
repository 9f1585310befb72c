using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace HmiApp.UiLoad.Blazor;

/// <summary>
/// What blazor.web.js reads from a prerendered page to start its circuit: the interactive server components' markers
/// (<c>&lt;!--Blazor:{...}--&gt;</c>, each with its protected descriptor) and the persisted component state.
/// </summary>
public sealed partial record PrerenderedPage(IReadOnlyList<JsonObject> ServerMarkers, string ApplicationState)
{
    public static PrerenderedPage Parse(string html)
    {
        var markers = Marker().Matches(html)
            .Select(m => JsonNode.Parse(m.Groups[1].Value)!.AsObject())
            .Where(m => m["type"]?.GetValue<string>() == "server" && m.ContainsKey("descriptor"))
            .ToList();
        if (markers.Count == 0)
        {
            throw new InvalidDataException("The page has no interactive server component markers: is the session signed in?");
        }

        var state = State().Match(html);
        return new PrerenderedPage(markers, state.Success ? state.Groups[1].Value : "");
    }

    /// <summary>The operations blazor.web.js sends in <c>UpdateRootComponents</c>: add every marker, numbered from 1.</summary>
    public string AddOperations()
    {
        var operations = new JsonArray();
        for (var i = 0; i < ServerMarkers.Count; i++)
        {
            var marker = ServerMarkers[i].DeepClone();
            operations.Add(new JsonObject { ["type"] = "add", ["ssrComponentId"] = i + 1, ["marker"] = marker });
        }

        return new JsonObject { ["batchId"] = 1, ["operations"] = operations }.ToJsonString();
    }

    [GeneratedRegex("<!--Blazor:(\\{.*?\\})-->", RegexOptions.Singleline)]
    private static partial Regex Marker();

    [GeneratedRegex("<!--Blazor-Server-Component-State:(.*?)-->", RegexOptions.Singleline)]
    private static partial Regex State();
}
