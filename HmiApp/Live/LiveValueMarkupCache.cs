using System.Runtime.CompilerServices;
using HmiApp.Infrastructure.Acquisition.Live;
using Microsoft.AspNetCore.Components;

namespace HmiApp.Live;

/// <summary>
/// The markup of each live value, built once per reading (and per second of age while it is not Good) for every open
/// screen: all circuits that show the same snapshot get the same string, so that no circuit holds a copy of its own
/// and an unchanged value is the same string on the next render (nothing to send). Entries live exactly as long as
/// their snapshot, which the current-value table drops when a newer reading replaces it.
/// </summary>
public sealed class LiveValueMarkupCache
{
    private readonly ConditionalWeakTable<PointSnapshot, Entry> _bySnapshot = new();

    public MarkupString For(long pointId, string units, PointSnapshot? snapshot, DateTimeOffset now)
    {
        var age = LiveValueMarkup.AgeText(snapshot, now);
        if (snapshot is null)
        {
            return new MarkupString(LiveValueMarkup.Build(pointId, units, null, age));
        }

        if (_bySnapshot.TryGetValue(snapshot, out var cached) && cached.Units == units && cached.Age == age)
        {
            return cached.Markup;
        }

        var entry = new Entry(units, age, new MarkupString(LiveValueMarkup.Build(pointId, units, snapshot, age)));
        _bySnapshot.AddOrUpdate(snapshot, entry);
        return entry.Markup;
    }

    private sealed record Entry(string Units, string? Age, MarkupString Markup);
}
