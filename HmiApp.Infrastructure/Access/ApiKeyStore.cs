using System.Security.Cryptography;
using System.Text;
using HmiApp.Domain.Access;
using HmiApp.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Access;

/// <summary>
/// Issues, checks and revokes API keys. A key reads <c>hmi_&lt;prefix&gt;_&lt;secret&gt;</c>: the prefix
/// finds the row, the 32-byte random secret is compared by its SHA-256. The plain key exists only in the
/// answer to <see cref="CreateAsync"/>.
/// </summary>
public sealed class ApiKeyStore(IServiceScopeFactory scopes, TimeProvider clock)
{
    private const string Scheme = "hmi";

    public async Task<IssuedApiKey> CreateAsync(string name, string role, DateTimeOffset? expiresAt, string createdBy, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 100)
        {
            throw new ArgumentException($"API key name '{name}' must be 1 to 100 characters.", nameof(name));
        }

        if (!HmiRoles.Ranked.Contains(role))
        {
            throw new ArgumentException($"API key role '{role}' is not one of {string.Join(", ", HmiRoles.Ranked)}.", nameof(role));
        }

        var now = clock.GetUtcNow();
        if (expiresAt is { } expiry && expiry <= now)
        {
            throw new ArgumentException($"API key expiry {expiry:u} is in the past.", nameof(expiresAt));
        }

        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var key = new ApiKey
        {
            Prefix = prefix,
            Name = name.Trim(),
            SecretHash = Hash(secret),
            Role = role,
            CreatedBy = createdBy,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new IssuedApiKey(key, $"{Scheme}_{prefix}_{secret}");
    }

    /// <summary>The active key that <paramref name="presented"/> is, or null (malformed, unknown, wrong, expired or revoked).</summary>
    public async Task<ApiKey?> AuthenticateAsync(string presented, CancellationToken cancellationToken)
    {
        var parts = presented.Split('_');
        if (parts.Length != 3 || parts[0] != Scheme || parts[1].Length != 8 || parts[2].Length != 64)
        {
            return null;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Prefix == parts[1], cancellationToken);
        var now = clock.GetUtcNow();
        if (key is null || !CryptographicOperations.FixedTimeEquals(key.SecretHash, Hash(parts[2])) || !key.IsActiveAt(now))
        {
            return null;
        }

        // Last use is worth a write at most once a minute per key, not on every request.
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(1))
        {
            key.LastUsedAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }

        return key;
    }

    public async Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        return await db.ApiKeys.AsNoTracking().OrderBy(k => k.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Revokes the key; returns it as it was before, or null when there is no such key.</summary>
    public async Task<ApiKey?> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<HmiDbContext>();
        var key = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (key is null || key.RevokedAt is not null)
        {
            return key;
        }

        key.RevokedAt = clock.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
        return key;
    }

    private static byte[] Hash(string secret) => SHA256.HashData(Encoding.ASCII.GetBytes(secret));
}

/// <summary>A key just created: <see cref="PlainKey"/> is shown to the admin once and never stored.</summary>
public sealed record IssuedApiKey(ApiKey Key, string PlainKey);
