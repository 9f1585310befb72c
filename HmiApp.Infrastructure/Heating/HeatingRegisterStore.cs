using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Heating;

/// <summary>Keeps the gateway's registers in the app database (table heating_registers, one row per register ever written).</summary>
public sealed class HeatingRegisterStore(IServiceScopeFactory scopes)
{
    public async Task<IReadOnlyList<HeatingRegisterRecord>> LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        return await db.HeatingRegisters.AsNoTracking().ToListAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Inserts or updates <paramref name="changes"/> in one transaction.</summary>
    public async Task SaveAsync(IReadOnlyList<HeatingRegisterRecord> changes, CancellationToken cancellationToken)
    {
        if (changes.Count == 0)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var addresses = changes.Select(c => c.Address).ToList();
        var stored = await db.HeatingRegisters.Where(r => addresses.Contains(r.Address)).ToDictionaryAsync(r => r.Address, cancellationToken).ConfigureAwait(false);
        foreach (var change in changes)
        {
            if (stored.TryGetValue(change.Address, out var row))
            {
                row.Value = change.Value;
                row.BusWrittenUnixMs = change.BusWrittenUnixMs;
                row.HmiWrittenUnixMs = change.HmiWrittenUnixMs;
            }
            else
            {
                db.HeatingRegisters.Add(new HeatingRegisterRecord
                {
                    Address = change.Address,
                    Value = change.Value,
                    BusWrittenUnixMs = change.BusWrittenUnixMs,
                    HmiWrittenUnixMs = change.HmiWrittenUnixMs,
                });
            }
        }

        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }
}
