using HmiApp.Domain.Alarms;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HmiApp.Infrastructure.Alarms;

/// <summary>
/// Versioned alarm definitions: a save adds a version for each definition that changed (or a deletion
/// version for one no longer present) and keeps every older version with who saved it and when.
/// </summary>
public sealed class AlarmDefinitionStore(HmiDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<AlarmDefinition>> CurrentAsync(CancellationToken cancellationToken)
    {
        var rows = await db.AlarmDefinitionVersions.AsNoTracking().Where(v => v.IsCurrent).OrderBy(v => v.Name).ToListAsync(cancellationToken);
        return rows.Select(r => AlarmDefinitionJson.Deserialize(r.DefinitionJson!)).ToList();
    }

    public async Task<IReadOnlyList<AlarmDefinitionVersion>> HistoryAsync(string? name, CancellationToken cancellationToken)
    {
        var rows = db.AlarmDefinitionVersions.AsNoTracking();
        if (name is not null)
        {
            rows = rows.Where(v => v.Name == name);
        }

        return await rows.OrderBy(v => v.Name).ThenByDescending(v => v.Version).ToListAsync(cancellationToken);
    }

    /// <summary>Saves <paramref name="definitions"/> as the complete set; returns how many versions were added.</summary>
    public async Task<int> SaveAllAsync(IReadOnlyList<AlarmDefinition> definitions, string user, string note, CancellationToken cancellationToken)
    {
        var errors = AlarmDefinitionValidator.Validate(definitions);
        if (errors.Count > 0)
        {
            throw new ArgumentException("Invalid alarm definitions: " + string.Join("; ", errors), nameof(definitions));
        }

        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var latest = await db.AlarmDefinitionVersions
            .Where(v => v.Version == db.AlarmDefinitionVersions.Where(o => o.Name == v.Name).Max(o => o.Version))
            .ToDictionaryAsync(v => v.Name, StringComparer.Ordinal, cancellationToken);
        var added = 0;
        foreach (var definition in definitions)
        {
            var json = AlarmDefinitionJson.Serialize(definition);
            latest.TryGetValue(definition.Name, out var previous);
            if (previous is { IsCurrent: true } && previous.DefinitionJson == json)
            {
                continue;
            }

            AddVersion(definition.Name, previous, json, previous is { IsCurrent: true } ? note : $"created: {note}");
        }

        var names = definitions.Select(d => d.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var removed in latest.Values.Where(v => v.IsCurrent && !names.Contains(v.Name)))
        {
            AddVersion(removed.Name, removed, null, $"deleted: {note}");
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;

        void AddVersion(string name, AlarmDefinitionVersion? previous, string? json, string change)
        {
            if (previous is not null)
            {
                previous.IsCurrent = false;
            }

            db.AlarmDefinitionVersions.Add(new AlarmDefinitionVersion
            {
                Name = name,
                Version = (previous?.Version ?? 0) + 1,
                DefinitionJson = json,
                SavedBy = user,
                SavedAtMs = now,
                ChangeNote = change.Length > 500 ? change[..500] : change,
                IsCurrent = json is not null,
            });
            added++;
        }
    }
}
