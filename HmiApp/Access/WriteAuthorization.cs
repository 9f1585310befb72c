using System.Security.Claims;
using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HmiApp.Access;

/// <summary>
/// Decides, per circuit and at the moment of the write, who may write: the signed-in person when
/// their role meets the policy; on a kiosk, the operator who unlocked it with their PIN, for
/// <see cref="AccessOptions.KioskUnlockDuration"/>, after which it relocks by itself. Every write
/// path asks here again when it runs, so a forged click on a disabled control is refused.
/// </summary>
public sealed class WriteAuthorization(
    AuthenticationStateProvider authentication,
    IAuthorizationService authorization,
    IServiceScopeFactory scopes,
    IAuditTrail audit,
    CircuitClient client,
    IOptions<AccessOptions> options,
    TimeProvider clock) : IDisposable
{
    private ClaimsPrincipal? unlockedBy;
    private ITimer? relock;

    /// <summary>Raised when a kiosk is unlocked or relocks, so that controls redraw.</summary>
    public event Action? Changed;

    public DateTimeOffset? UnlockedUntil { get; private set; }

    public string? UnlockedOperator => unlockedBy?.Identity?.Name;

    /// <summary>The signed-in name, for audit entries of refused writes.</summary>
    public async Task<string> CurrentNameAsync() => ClientAddress.ActorOf((await authentication.GetAuthenticationStateAsync()).User);

    public async Task<bool> IsKioskAsync() => (await authentication.GetAuthenticationStateAsync()).User.IsInRole(HmiRoles.Kiosk);

    /// <summary>Who writes under <paramref name="policy"/> now, or null when nobody here may.</summary>
    public async Task<WriteActor?> AuthorizeAsync(string policy)
    {
        HmiPolicies.MinimumRole(policy);
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        if (user.Identity?.IsAuthenticated == true && !user.IsInRole(HmiRoles.Kiosk)
            && await CurrentAsync(user) is { } current && (await authorization.AuthorizeAsync(current, policy)).Succeeded)
        {
            return new WriteActor(current.Identity!.Name!, client.Address);
        }

        if (user.IsInRole(HmiRoles.Kiosk) && unlockedBy is not null && UnlockedUntil > clock.GetUtcNow()
            && (await authorization.AuthorizeAsync(unlockedBy, policy)).Succeeded)
        {
            return new WriteActor($"{unlockedBy.Identity!.Name} at {user.Identity!.Name}", client.Address);
        }

        return null;
    }

    // A circuit's principal is the cookie's, read when the circuit started; a role taken away since
    // must not keep its writes, so the user's roles are read from the store again at each write.
    private async Task<ClaimsPrincipal?> CurrentAsync(ClaimsPrincipal circuitUser)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HmiUser>>();
        var user = await users.GetUserAsync(circuitUser);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return null;
        }

        return await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<HmiUser>>().CreateAsync(user);
    }

    /// <summary>
    /// The operators a kiosk offers for unlocking: users with a PIN who may operate and are not locked out.
    /// A touch panel has no keyboard, so the operator picks their name instead of typing it.
    /// </summary>
    public async Task<IReadOnlyList<string>> OperatorsWithPinAsync(CancellationToken cancellationToken)
    {
        if (!await IsKioskAsync())
        {
            return [];
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HmiUser>>();
        var names = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in HmiRoles.AtLeast(HmiRoles.Operator))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var user in await users.GetUsersInRoleAsync(role))
            {
                if (user.PinHash is not null && user.UserName is { } name && !await users.IsLockedOutAsync(user))
                {
                    names.Add(name);
                }
            }
        }

        return [.. names];
    }

    /// <summary>Unlocks this kiosk's writes with an operator's PIN; wrong PINs count toward the operator's lock-out.</summary>
    public async Task<string?> UnlockAsync(string userName, string pin, CancellationToken cancellationToken)
    {
        var kiosk = (await authentication.GetAuthenticationStateAsync()).User;
        if (!kiosk.IsInRole(HmiRoles.Kiosk))
        {
            return "Only a kiosk is unlocked with a PIN; sign in as yourself instead.";
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HmiUser>>();
        var hasher = scope.ServiceProvider.GetRequiredService<IPasswordHasher<HmiUser>>();
        var factory = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<HmiUser>>();
        var user = await users.FindByNameAsync(userName.Trim());
        string? refusal = null;
        if (user is null || user.PinHash is null)
        {
            refusal = "unknown operator or no PIN set";
        }
        else if (await users.IsLockedOutAsync(user))
        {
            refusal = "operator locked out";
        }
        else if (hasher.VerifyHashedPassword(user, user.PinHash, pin) == PasswordVerificationResult.Failed)
        {
            await users.AccessFailedAsync(user);
            refusal = "wrong PIN";
        }

        var target = kiosk.Identity!.Name!;
        if (refusal is not null)
        {
            await audit.RecordAsync(new AuditRecord(userName, AuditCategories.Kiosk, "unlock", target, AuditOutcome.Failure) { RemoteAddress = client.Address, Reason = refusal }, cancellationToken);
            return "Wrong operator or PIN.";
        }

        await users.ResetAccessFailedCountAsync(user!);
        var principal = await factory.CreateAsync(user!);
        if (!(await authorization.AuthorizeAsync(principal, HmiPolicies.Operate)).Succeeded)
        {
            await audit.RecordAsync(new AuditRecord(userName, AuditCategories.Kiosk, "unlock", target, AuditOutcome.Failure) { RemoteAddress = client.Address, Reason = "not an operator" }, cancellationToken);
            return "This user may not operate the plant.";
        }

        unlockedBy = principal;
        UnlockedUntil = clock.GetUtcNow() + options.Value.KioskUnlockDuration;
        relock?.Dispose();
        relock = clock.CreateTimer(_ => Lock(), null, options.Value.KioskUnlockDuration, Timeout.InfiniteTimeSpan);
        await audit.RecordAsync(
            new AuditRecord(user!.UserName!, AuditCategories.Kiosk, "unlock", target, AuditOutcome.Success) { RemoteAddress = client.Address, NewValue = $"until {UnlockedUntil:u}" },
            cancellationToken);
        Changed?.Invoke();
        return null;
    }

    public void Lock()
    {
        unlockedBy = null;
        UnlockedUntil = null;
        relock?.Dispose();
        relock = null;
        Changed?.Invoke();
    }

    public void Dispose() => relock?.Dispose();
}

/// <summary>Who performs a write, as the audit trail names them, and from where.</summary>
public sealed record WriteActor(string Name, string Address);
