using HmiApp.Api;
using HmiApp.Domain.Access;
using HmiApp.Infrastructure.Access;
using HmiApp.Infrastructure.Audit;
using HmiApp.Audit;
using HmiApp.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace HmiApp.Access;

public static class AccessServiceCollectionExtensions
{
    /// <summary>
    /// Sign-in (Identity on the app database, cookies for people and kiosks, <c>X-API-Key</c> for REST),
    /// the HMI's policies, rate limits, the audit trail and the kiosk's PIN unlock.
    /// </summary>
    public static IServiceCollection AddHmiAccess(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AccessOptions>().Bind(configuration.GetSection(AccessOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AccessOptions>, AccessOptionsValidator>();
        var access = configuration.GetSection(AccessOptions.SectionName).Get<AccessOptions>() ?? new AccessOptions();

        services.AddIdentityCore<HmiUser>(o =>
            {
                PasswordRules.Apply(o.Password);
                o.Lockout.MaxFailedAccessAttempts = access.MaxFailedSignIns;
                o.Lockout.DefaultLockoutTimeSpan = access.LockoutDuration;
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
                o.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<HmiDbContext>()
            .AddSignInManager();
        // A changed role, password or lock takes effect on the very next request of an open session (one
        // user lookup per request, cheap for a plant's few users); open circuits follow within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);

        var authentication = services.AddAuthentication(o =>
        {
            o.DefaultScheme = IdentityConstants.ApplicationScheme;
            o.DefaultSignInScheme = IdentityConstants.ApplicationScheme;
        });
        authentication.AddIdentityCookies(cookies => cookies.ApplicationCookie!.Configure(o =>
        {
            o.Cookie.Name = "HmiAuth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.LoginPath = AccessEndpoints.SignInPath;
            o.AccessDeniedPath = "/access-denied";
            o.ExpireTimeSpan = access.SessionLifetime;
            o.SlidingExpiration = true;
        }));
        authentication.AddScheme<AuthenticationSchemeOptions, ApiKeyAuthentication>(ApiKeyAuthentication.SchemeName, null);

        services.AddAuthorization(o => o.AddHmiPolicies());
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddRateLimiter(o => AccessRateLimits.Configure(o, access));
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestProblemHandler>();

        // Binding failures always reach the handler above (the framework only throws them in Development and
        // otherwise answers a bare 400), so every environment answers the same problem naming the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddHttpContextAccessor();

        services.AddHmiAuditTrail();
        services.AddSingleton<ApiKeyStore>();
        services.AddSingleton<AccessBootstrap>();
        services.AddHostedService<AccessBootstrapService>();
        services.AddScoped<CircuitClient>();
        services.AddScoped<WriteAuthorization>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<ApiKeyAdministration>();
        return services;
    }

    /// <summary>
    /// The access pipeline: problem+json for REST errors, HTTPS and HSTS outside Development, security
    /// headers, authentication, rate limits, authorization; then the access and REST endpoints.
    /// </summary>
    public static WebApplication UseHmiAccess(this WebApplication app)
    {
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api") || c.Request.Path.StartsWithSegments("/access"), api => api.UseExceptionHandler().UseStatusCodePages());
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseHmiSecurityHeaders();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.MapHmiAccessEndpoints();
        app.MapHmiApi();
        app.MapHmiAuditExport();
        return app;
    }
}
