using HmiApp.Domain.Diagnostics;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Diagnostics;

/// <summary>
/// Trees in the database and the one in force. A candidate goes through <see cref="DiagnosticTreeRegistry"/>:
/// a tree that does not validate is refused with the reasons and the tree in force stays.
/// </summary>
public sealed class DiagnosticTreeStore(IServiceScopeFactory scopes, DiagnosticTreeRegistry registry, TimeProvider time)
{
    public DiagnosticTree Current => registry.Current;

    /// <summary>Puts the newest stored tree in force (the built-in one when none is stored or the stored one is older).</summary>
    public async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var newest = await db.DiagnosticTrees.AsNoTracking().OrderByDescending(t => t.StoredAtMs).FirstOrDefaultAsync(cancellationToken);
        if (newest is not null)
        {
            registry.ReplaceFromJson(newest.Json);
        }
    }

    /// <returns>Why the tree was refused; empty when it is in force and stored.</returns>
    public async Task<IReadOnlyList<DiagnosticTreeError>> ReplaceAsync(string json, CancellationToken cancellationToken)
    {
        var errors = registry.ReplaceFromJson(json);
        if (errors.Count > 0)
        {
            return errors;
        }

        var tree = registry.Current;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        db.DiagnosticTrees.Add(new DiagnosticTreeRecord
        {
            TreeId = tree.Id,
            Version = tree.Version,
            StoredAtMs = time.GetUtcNow().ToUnixTimeMilliseconds(),
            Json = DiagnosticTreeJson.Serialize(tree),
        });
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
