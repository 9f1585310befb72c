namespace HmiApp.Infrastructure.Access;

/// <summary>
/// A REST client's credential. Only the SHA-256 of the secret is kept; <see cref="Prefix"/> (shown in
/// lists and sent as the first part of the key) finds the row without scanning hashes.
/// </summary>
public sealed class ApiKey
{
    public int Id { get; set; }

    public required string Prefix { get; set; }

    public required string Name { get; set; }

    public required byte[] SecretHash { get; set; }

    public required string Role { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    public bool IsActiveAt(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}
