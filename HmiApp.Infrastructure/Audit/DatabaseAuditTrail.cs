using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Audit;

/// <summary>
/// The audit trail in the app database. Each record is written in a scope of its own, so that an
/// entry is stored even when the writer's own unit of work fails (a failed write is audited too).
/// </summary>
public sealed class DatabaseAuditTrail(IServiceScopeFactory scopes, TimeProvider clock) : IAuditTrail
{
    private const int MaxText = 1000;

    public async Task RecordAsync(AuditRecord record, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(record);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        db.AuditEntries.Add(new AuditEntryRow
        {
            At = clock.GetUtcNow(),
            Actor = Clip(record.Actor, 256)!,
            RemoteAddress = Clip(record.RemoteAddress, 64),
            Category = Clip(record.Category, 64)!,
            Action = Clip(record.Action, 64)!,
            Target = Clip(record.Target, 256)!,
            OldValue = Clip(record.OldValue, MaxText),
            NewValue = Clip(record.NewValue, MaxText),
            Outcome = record.Outcome,
            Reason = Clip(record.Reason, MaxText),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        IQueryable<AuditEntryRow> rows = db.AuditEntries.AsNoTracking();
        if (query.From is { } from)
        {
            rows = rows.Where(e => e.At >= from);
        }

        if (query.To is { } to)
        {
            rows = rows.Where(e => e.At <= to);
        }

        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var actor = query.Actor.Trim().ToLower();
            rows = rows.Where(e => e.Actor.ToLower().Contains(actor));
        }

        if (!string.IsNullOrWhiteSpace(query.Category))
        {
            rows = rows.Where(e => e.Category == query.Category);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var text = query.Text.Trim().ToLower();
            rows = rows.Where(e => e.Action.ToLower().Contains(text) || e.Target.ToLower().Contains(text)
                || (e.OldValue != null && e.OldValue.ToLower().Contains(text)) || (e.NewValue != null && e.NewValue.ToLower().Contains(text))
                || (e.Reason != null && e.Reason.ToLower().Contains(text)));
        }

        var found = await rows.OrderByDescending(e => e.Id).Take(Math.Clamp(query.Limit, 1, 10_000)).ToListAsync(cancellationToken);
        return found.Select(e => new AuditEntry(e.Id, e.At, e.Actor, e.RemoteAddress, e.Category, e.Action, e.Target, e.OldValue, e.NewValue, e.Outcome, e.Reason)).ToList();
    }

    private static string? Clip(string? value, int max) => value is null || value.Length <= max ? value : value[..(max - 1)] + "…";
}
