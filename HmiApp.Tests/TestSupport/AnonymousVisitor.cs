using System.Security.Claims;
using HmiApp.Access;
using HmiApp.Domain.Audit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.TestSupport;

/// <summary>
/// The access services a static component render needs when nobody is signed in: write controls then
/// render disabled, as they do for a visitor. Nothing may be audited during a render.
/// </summary>
public static class AnonymousVisitor
{
    public static IServiceCollection AddAnonymousVisitor(this IServiceCollection services)
    {
        services.AddAuthorizationCore(o => o.AddHmiPolicies());
        services.AddSingleton<AuthenticationStateProvider, Anonymous>();
        services.AddHttpContextAccessor();
        services.AddSingleton<CircuitClient>();
        services.AddSingleton(Options.Create(new AccessOptions()));
        services.AddSingleton<IAuditTrail, NoAuditDuringRender>();
        services.AddScoped<WriteAuthorization>();
        return services;
    }

    private sealed class Anonymous : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity())));
    }

    private sealed class NoAuditDuringRender : IAuditTrail
    {
        public Task RecordAsync(AuditRecord record, CancellationToken cancellationToken) =>
            throw new InvalidOperationException($"A static render tried to audit '{record.Action}'.");

        public Task<IReadOnlyList<AuditEntry>> SearchAsync(AuditQuery query, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("A static render tried to search the audit trail.");
    }
}
