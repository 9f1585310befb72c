using System.Security.Cryptography;
using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace HmiApp.Access;

/// <summary>
/// The admin's changes to people and kiosk devices. Each call checks <see cref="HmiPolicies.Administer"/>
/// itself when it runs (not only the page) and records the change, refused or done, with the value
/// before and after.
/// </summary>
public sealed class UserAdministration(UserManager<HmiUser> users, IPasswordHasher<HmiUser> hasher, WriteAuthorization writers, IAuditTrail audit)
{
    public const int PinMinLength = 4;
    public const int PinMaxLength = 8;

    public async Task<IReadOnlyList<UserSummary>> ListAsync(CancellationToken cancellationToken)
    {
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var summaries = new List<UserSummary>(all.Count);
        foreach (var user in all)
        {
            summaries.Add(new UserSummary(user.Id, user.UserName!, await RoleOfAsync(user), user.LockoutEnd > DateTimeOffset.UtcNow, user.PinHash is not null));
        }

        return summaries;
    }

    public Task<AdminResult> CreatePersonAsync(string userName, string role, string password, CancellationToken cancellationToken) =>
        RunAsync("create", userName, cancellationToken, async actor =>
        {
            if (!HmiRoles.Ranked.Contains(role))
            {
                return Refused($"Role '{role}' is not one of {string.Join(", ", HmiRoles.Ranked)}.", AdminFields.Role);
            }

            var user = new HmiUser { UserName = userName.Trim() };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return Refused(Describe(created), FieldOf(created, AdminFields.UserName));
            }

            await users.AddToRoleAsync(user, role);
            return Done($"User {user.UserName} created as {role}.", null, role);
        });

    /// <summary>Creates a kiosk device; its sign-in token is in the result's <see cref="AdminResult.Secret"/>, shown once.</summary>
    public Task<AdminResult> CreateKioskAsync(string deviceName, CancellationToken cancellationToken) =>
        RunAsync("create-kiosk", deviceName, cancellationToken, async actor =>
        {
            // The token is the device's password: Identity hashes it and locks the device out after repeated failures.
            // The 24 random bytes carry its strength; the fixed suffix only meets the upper-case rule of passwords.
            var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24)) + "Kq7";
            var user = new HmiUser { UserName = deviceName.Trim() };
            var created = await users.CreateAsync(user, token);
            if (!created.Succeeded)
            {
                return Refused(Describe(created), AdminFields.UserName);
            }

            await users.AddToRoleAsync(user, HmiRoles.Kiosk);
            return Done($"Kiosk {user.UserName} created.", null, HmiRoles.Kiosk) with { Secret = token };
        });

    public Task<AdminResult> ChangeRoleAsync(string userName, string role, CancellationToken cancellationToken) =>
        WithUserAsync("change-role", userName, cancellationToken, async (actor, user) =>
        {
            var old = await RoleOfAsync(user);
            if (!HmiRoles.Ranked.Contains(role) || old == HmiRoles.Kiosk)
            {
                return Refused($"Role '{role}' cannot be given to {userName} (kiosks stay kiosks; people hold one of {string.Join(", ", HmiRoles.Ranked)}).", AdminFields.Role);
            }

            if (old == HmiRoles.Admin && role != HmiRoles.Admin && await IsLastAdminAsync())
            {
                return Refused($"{userName} is the last administrator; make another admin first.", AdminFields.Role);
            }

            if (old == role)
            {
                return Refused($"{userName} already is {role}.", AdminFields.Role);
            }

            await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
            await users.AddToRoleAsync(user, role);
            await users.UpdateSecurityStampAsync(user);
            return Done($"{userName} is now {role}.", old, role);
        });

    public Task<AdminResult> ResetPasswordAsync(string userName, string password, CancellationToken cancellationToken) =>
        WithUserAsync("reset-password", userName, cancellationToken, async (actor, user) =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, password);
            return reset.Succeeded ? Done($"Password of {userName} reset.", null, null) : Refused(Describe(reset), AdminFields.Password);
        });

    public Task<AdminResult> SetPinAsync(string userName, string pin, CancellationToken cancellationToken) =>
        WithUserAsync("set-pin", userName, cancellationToken, async (actor, user) =>
        {
            if (pin.Length is < PinMinLength or > PinMaxLength || !pin.All(char.IsAsciiDigit))
            {
                return Refused($"A PIN is {PinMinLength} to {PinMaxLength} digits; the one entered has {pin.Length} characters{(pin.All(char.IsAsciiDigit) ? "" : " and not only digits")}.", AdminFields.Pin);
            }

            var old = user.PinHash is null ? "no PIN" : "PIN set";
            user.PinHash = hasher.HashPassword(user, pin);
            await users.UpdateAsync(user);
            return Done($"PIN of {userName} set.", old, "PIN set");
        });

    public Task<AdminResult> SetLockedAsync(string userName, bool locked, CancellationToken cancellationToken) =>
        WithUserAsync(locked ? "lock" : "unlock", userName, cancellationToken, async (actor, user) =>
        {
            if (locked && actor.Name == userName)
            {
                return Refused("You cannot lock yourself out.");
            }

            var wasLocked = user.LockoutEnd > DateTimeOffset.UtcNow;
            await users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null);
            if (!locked)
            {
                await users.ResetAccessFailedCountAsync(user);
            }

            await users.UpdateSecurityStampAsync(user);
            return Done($"{userName} {(locked ? "locked" : "unlocked")}.", wasLocked ? "locked" : "active", locked ? "locked" : "active");
        });

    private Task<AdminResult> WithUserAsync(string action, string userName, CancellationToken cancellationToken, Func<WriteActor, HmiUser, Task<AdminResult>> change) =>
        RunAsync(action, userName, cancellationToken, async actor =>
            await users.FindByNameAsync(userName) is { } user ? await change(actor, user) : Refused($"There is no user '{userName}'."));

    private async Task<AdminResult> RunAsync(string action, string target, CancellationToken cancellationToken, Func<WriteActor, Task<AdminResult>> change)
    {
        var actor = await writers.AuthorizeAsync(HmiPolicies.Administer);
        var result = actor is null ? Refused("Only an administrator may change users.") : await change(actor);
        await audit.RecordAsync(
            new AuditRecord(actor?.Name ?? await writers.CurrentNameAsync(), AuditCategories.User, action, target, result.Succeeded ? AuditOutcome.Success : AuditOutcome.Failure)
            {
                RemoteAddress = actor?.Address,
                OldValue = result.OldValue,
                NewValue = result.NewValue,
                Reason = result.Succeeded ? null : result.Message,
            },
            cancellationToken);
        return result;
    }

    private async Task<string> RoleOfAsync(HmiUser user) => (await users.GetRolesAsync(user)).FirstOrDefault() ?? "(none)";

    private async Task<bool> IsLastAdminAsync() => (await users.GetUsersInRoleAsync(HmiRoles.Admin)).Count <= 1;

    private static string Describe(IdentityResult result) => string.Join(" ", result.Errors.Select(e => e.Description));

    // Identity's password rules name the password (codes Password…); its other refusals of a new account name the user name.
    private static string? FieldOf(IdentityResult result, string otherwise) =>
        result.Errors.All(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? AdminFields.Password
        : result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal)) ? null
        : otherwise;

    private static AdminResult Refused(string message, string? field = null) => new(false, message, null, null) { Field = field };

    private static AdminResult Done(string message, string? oldValue, string? newValue) => new(true, message, oldValue, newValue);
}

public sealed record UserSummary(string Id, string UserName, string Role, bool LockedOut, bool HasPin);

public sealed record AdminResult(bool Succeeded, string Message, string? OldValue, string? NewValue)
{
    /// <summary>A secret to show once (a kiosk's token); never audited.</summary>
    public string? Secret { get; init; }

    /// <summary>The field a refusal is about (one of <see cref="AdminFields"/>), or null when it is about the change as a whole.</summary>
    public string? Field { get; init; }
}
