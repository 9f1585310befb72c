using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Access;

namespace HmiApp.Access;

/// <summary>The admin's creation and revocation of API keys, checked when each runs and audited.</summary>
public sealed class ApiKeyAdministration(ApiKeyStore keys, WriteAuthorization writers, IAuditTrail audit, TimeProvider clock)
{
    public Task<IReadOnlyList<ApiKey>> ListAsync(CancellationToken cancellationToken) => keys.ListAsync(cancellationToken);

    /// <summary>Creates a key; the plain key is in <see cref="AdminResult.Secret"/> and is shown once.</summary>
    public async Task<AdminResult> CreateAsync(string name, string role, int? validDays, CancellationToken cancellationToken)
    {
        var actor = await writers.AuthorizeAsync(HmiPolicies.Administer);
        AdminResult result;
        string target = $"key '{name}'";
        if (actor is null)
        {
            result = new AdminResult(false, "Only an administrator may create API keys.", null, null);
        }
        else if (validDays is <= 0 or > 3650)
        {
            result = new AdminResult(false, $"Validity {validDays} days is out of range: 1 to 3650, or empty for no expiry.", null, null) { Field = AdminFields.ValidDays };
        }
        else
        {
            try
            {
                var expires = validDays is { } days ? clock.GetUtcNow().AddDays(days) : (DateTimeOffset?)null;
                var issued = await keys.CreateAsync(name, role, expires, actor.Name, cancellationToken);
                target = $"key hmi_{issued.Key.Prefix} '{issued.Key.Name}'";
                result = new AdminResult(true, $"Key {issued.Key.Name} created for role {role}.", null, $"{role}, expires {(expires is null ? "never" : expires.Value.ToString("u"))}")
                {
                    Secret = issued.PlainKey,
                };
            }
            catch (ArgumentException ex)
            {
                // The key store names the argument it refused: the key's name or role (an expiry in the past is the validity).
                result = new AdminResult(false, ex.Message, null, null)
                {
                    Field = ex.ParamName switch { "name" => AdminFields.Name, "role" => AdminFields.Role, "expiresAt" => AdminFields.ValidDays, _ => null },
                };
            }
        }

        await RecordAsync("create", target, actor, result, cancellationToken);
        return result;
    }

    public async Task<AdminResult> RevokeAsync(int id, CancellationToken cancellationToken)
    {
        var actor = await writers.AuthorizeAsync(HmiPolicies.Administer);
        var target = $"key #{id}";
        AdminResult result;
        if (actor is null)
        {
            result = new AdminResult(false, "Only an administrator may revoke API keys.", null, null);
        }
        else if (await keys.RevokeAsync(id, cancellationToken) is { } key)
        {
            target = $"key hmi_{key.Prefix} '{key.Name}'";
            result = new AdminResult(true, $"Key {key.Name} revoked.", "active", "revoked");
        }
        else
        {
            result = new AdminResult(false, $"There is no API key #{id}.", null, null);
        }

        await RecordAsync("revoke", target, actor, result, cancellationToken);
        return result;
    }

    private async Task RecordAsync(string action, string target, WriteActor? actor, AdminResult result, CancellationToken cancellationToken) =>
        await audit.RecordAsync(
            new AuditRecord(actor?.Name ?? await writers.CurrentNameAsync(), AuditCategories.ApiKey, action, target, result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure)
            {
                RemoteAddress = actor?.Address,
                OldValue = result.OldValue,
                NewValue = result.NewValue,
                Reason = result.Succeeded ? null : result.Message,
            },
            cancellationToken);
}
