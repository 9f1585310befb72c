using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HmiApp.Access;

/// <summary>
/// Creates the roles and the first administrator. There is never a default password: the first admin
/// comes from <c>Access:InitialAdmin</c> at start-up or from the one-time <c>/setup</c> page.
/// </summary>
public sealed partial class AccessBootstrap(IServiceScopeFactory scopes, IAuditTrail audit, ILogger<AccessBootstrap> logger)
{
    // One node creates the first admin at a time; the unique user name guards across nodes.
    private readonly SemaphoreSlim gate = new(1, 1);

    public async Task EnsureRolesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in HmiRoles.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!await roles.RoleExistsAsync(role))
            {
                Require(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }
    }

    public async Task<bool> AdminExistsAsync()
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HmiUser>>();
        return (await users.GetUsersInRoleAsync(HmiRoles.Admin)).Count > 0;
    }

    /// <summary>Creates the first administrator unless one exists; the errors name what was wrong.</summary>
    public async Task<FirstAdminResult> CreateFirstAdminAsync(string userName, string password, string source, string remoteAddress, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await AdminExistsAsync())
            {
                return FirstAdminResult.AlreadyExists;
            }

            await using var scope = scopes.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<HmiUser>>();
            var user = new HmiUser { UserName = userName.Trim() };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                return FirstAdminResult.Invalid(created.Errors.Select(e => e.Description).ToList());
            }

            Require(await users.AddToRoleAsync(user, HmiRoles.Admin), "make the first user an admin");
            await audit.RecordAsync(
                new AuditRecord(source, AuditCategories.Setup, "create-first-admin", user.UserName, AuditOutcome.Success) { RemoteAddress = remoteAddress, NewValue = HmiRoles.Admin },
                cancellationToken);
            LogFirstAdmin(user.UserName, source);
            return FirstAdminResult.Created;
        }
        finally
        {
            gate.Release();
        }
    }

    private static void Require(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join("; ", result.Errors.Select(e => e.Description))}");
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "First administrator {UserName} created from {Source}")]
    private partial void LogFirstAdmin(string userName, string source);
}

public sealed record FirstAdminResult(bool Succeeded, bool AdminAlreadyExisted, IReadOnlyList<string> Errors)
{
    public static FirstAdminResult Created { get; } = new(true, false, []);

    public static FirstAdminResult AlreadyExists { get; } = new(false, true, ["An administrator already exists."]);

    public static FirstAdminResult Invalid(IReadOnlyList<string> errors) => new(false, false, errors);
}

/// <summary>At start-up: the roles, then the initial administrator from configuration when one is given.</summary>
public sealed class AccessBootstrapService(AccessBootstrap bootstrap, IOptions<AccessOptions> options) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await bootstrap.EnsureRolesAsync(cancellationToken);
        var admin = options.Value.InitialAdmin;
        if (admin.IsSet)
        {
            var result = await bootstrap.CreateFirstAdminAsync(admin.UserName!, admin.Password!, "configuration", "local", cancellationToken);
            if (!result.Succeeded && !result.AdminAlreadyExisted)
            {
                throw new InvalidOperationException($"Access:InitialAdmin could not be created: {string.Join("; ", result.Errors)}");
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
