using System.Security.Claims;
using HmiApp.Access;
using HmiApp.Infrastructure.Access;
using HmiApp.Tests.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.Access;

/// <summary>
/// What a Blazor circuit of a signed-in user holds: the write authorization and the admin services,
/// built on the app's real Identity, policies and audit trail, for a principal made by Identity itself.
/// </summary>
public sealed class CircuitSession(WriteAuthorization writers, IServiceScope scope) : IDisposable
{
    public WriteAuthorization Writers { get; } = writers;

    public UserAdministration Users { get; } = new(
        scope.ServiceProvider.GetRequiredService<UserManager<HmiUser>>(),
        scope.ServiceProvider.GetRequiredService<IPasswordHasher<HmiUser>>(),
        writers,
        scope.ServiceProvider.GetRequiredService<HmiApp.Domain.Audit.IAuditTrail>());

    public ApiKeyAdministration ApiKeys { get; } = new(
        scope.ServiceProvider.GetRequiredService<ApiKeyStore>(),
        writers,
        scope.ServiceProvider.GetRequiredService<HmiApp.Domain.Audit.IAuditTrail>(),
        TimeProvider.System);

    public void Dispose()
    {
        Writers.Dispose();
        scope.Dispose();
    }
}

public static class CircuitSessions
{
    public static async Task<CircuitSession> CircuitOfAsync(this HmiAppFactory app, string userName, TimeSpan? unlockDuration = null)
    {
        var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<HmiUser>>();
        var principal = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<HmiUser>>().CreateAsync((await users.FindByNameAsync(userName))!);
        var options = scope.ServiceProvider.GetRequiredService<IOptions<AccessOptions>>().Value;
        options.KioskUnlockDuration = unlockDuration ?? options.KioskUnlockDuration;
        var writers = new WriteAuthorization(
            new FixedAuthenticationState(principal),
            scope.ServiceProvider.GetRequiredService<IAuthorizationService>(),
            app.Services.GetRequiredService<IServiceScopeFactory>(),
            scope.ServiceProvider.GetRequiredService<HmiApp.Domain.Audit.IAuditTrail>(),
            new CircuitClient(new HttpContextAccessor()),
            Options.Create(options),
            TimeProvider.System);
        return new CircuitSession(writers, scope);
    }

    private sealed class FixedAuthenticationState(ClaimsPrincipal user) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(user));
    }
}
