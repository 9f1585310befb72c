using HmiApp.Domain.Access;
using HmiApp.Domain.Audit;
using HmiApp.Infrastructure.Access;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace HmiApp.Access;

/// <summary>
/// Sign-in, sign-out, set-up and kiosk sign-in as form posts: a cookie can only be set on an HTTP
/// response, never from a circuit. Form binding makes each of them check the antiforgery token.
/// </summary>
public static class AccessEndpoints
{
    public const string SignInPath = "/signin";
    public const string SetupPath = "/setup";

    public static IEndpointRouteBuilder MapHmiAccessEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var access = endpoints.MapGroup("/access").AllowAnonymous().RequireRateLimiting(AccessRateLimits.SignIn);
        access.MapPost("/sign-in", SignInAsync);
        access.MapPost("/setup", SetupAsync);
        access.MapPost("/kiosk-sign-in", KioskSignInAsync);
        endpoints.MapPost("/access/sign-out", SignOutAsync).RequireAuthorization(HmiPolicies.View);
        return endpoints;
    }

    private static async Task<IResult> SignInAsync(
        [FromForm] SignInForm form, HttpContext http, SignInManager<HmiUser> signIn, IAuditTrail audit, CancellationToken cancellationToken)
    {
        var userName = form.UserName?.Trim() ?? "";
        var returnUrl = LocalUrl.OrHome(form.ReturnUrl);
        var address = ClientAddress.Of(http);
        var user = userName.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(userName);
        if (user is null || string.IsNullOrEmpty(form.Password))
        {
            return await Refuse("unknown user or empty password");
        }

        if (await signIn.UserManager.IsInRoleAsync(user, HmiRoles.Kiosk))
        {
            return await Refuse("kiosk devices sign in with their device link");
        }

        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(new AuditRecord(user.UserName!, AuditCategories.SignIn, "sign-in", user.UserName!, AuditOutcome.Success) { RemoteAddress = address }, cancellationToken);
            return Results.LocalRedirect(returnUrl);
        }

        return await Refuse(result.IsLockedOut ? "locked out" : result.IsNotAllowed ? "not allowed" : "wrong password", result.IsLockedOut ? "locked" : "invalid");

        async Task<IResult> Refuse(string reason, string error = "invalid")
        {
            await audit.RecordAsync(
                new AuditRecord("anonymous", AuditCategories.SignIn, "sign-in", userName.Length == 0 ? "(empty)" : userName, AuditOutcome.Failure) { RemoteAddress = address, Reason = reason },
                cancellationToken);
            return Results.Redirect($"{SignInPath}?error={error}&ReturnUrl={Uri.EscapeDataString(returnUrl)}");
        }
    }

    private static async Task<IResult> SignOutAsync(HttpContext http, SignInManager<HmiUser> signIn, IAntiforgery antiforgery, IAuditTrail audit, CancellationToken cancellationToken)
    {
        // Sign-out binds no form, so the framework does not check the token by itself: no cross-site sign-out.
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Missing or invalid antiforgery token", detail: "Sign out with the button of the app bar.");
        }

        var actor = ClientAddress.ActorOf(http.User);
        await signIn.SignOutAsync();
        await audit.RecordAsync(new AuditRecord(actor, AuditCategories.SignOut, "sign-out", actor, AuditOutcome.Success) { RemoteAddress = ClientAddress.Of(http) }, cancellationToken);
        return Results.Redirect(SignInPath);
    }

    private static async Task<IResult> SetupAsync(
        [FromForm] SetupForm form, HttpContext http, AccessBootstrap bootstrap, SignInManager<HmiUser> signIn, CancellationToken cancellationToken)
    {
        if (await bootstrap.AdminExistsAsync())
        {
            return Results.NotFound();
        }

        var userName = form.UserName?.Trim() ?? "";
        string? error = userName.Length == 0 ? "Enter a user name."
            : string.IsNullOrEmpty(form.Password) ? "Enter a password."
            : form.Password != form.ConfirmPassword ? "The two passwords differ."
            : null;
        if (error is null)
        {
            var result = await bootstrap.CreateFirstAdminAsync(userName, form.Password!, "setup page", ClientAddress.Of(http), cancellationToken);
            if (result.AdminAlreadyExisted)
            {
                return Results.NotFound();
            }

            if (result.Succeeded)
            {
                await signIn.SignInAsync((await signIn.UserManager.FindByNameAsync(userName))!, isPersistent: false);
                return Results.LocalRedirect("/");
            }

            error = string.Join(" ", result.Errors);
        }

        return Results.Redirect($"{SetupPath}?error={Uri.EscapeDataString(error)}&userName={Uri.EscapeDataString(userName)}");
    }

    private static async Task<IResult> KioskSignInAsync(
        [FromForm] KioskSignInForm form, HttpContext http, SignInManager<HmiUser> signIn, IAuditTrail audit, IOptions<AccessOptions> options, TimeProvider clock, CancellationToken cancellationToken)
    {
        var device = form.Device?.Trim() ?? "";
        var address = ClientAddress.Of(http);
        var user = device.Length == 0 ? null : await signIn.UserManager.FindByNameAsync(device);
        if (user is not null && !string.IsNullOrEmpty(form.Token) && await signIn.UserManager.IsInRoleAsync(user, HmiRoles.Kiosk))
        {
            var check = await signIn.CheckPasswordSignInAsync(user, form.Token, lockoutOnFailure: true);
            if (check.Succeeded)
            {
                // A kiosk stays signed in for months across restarts: a persistent cookie with its own expiry.
                await signIn.SignInAsync(user, new AuthenticationProperties
                {
                    IsPersistent = true,
                    ExpiresUtc = clock.GetUtcNow() + options.Value.KioskSessionLifetime,
                    AllowRefresh = true,
                });
                await audit.RecordAsync(new AuditRecord(device, AuditCategories.SignIn, "kiosk-sign-in", device, AuditOutcome.Success) { RemoteAddress = address }, cancellationToken);
                return Results.LocalRedirect("/kiosk");
            }
        }

        await audit.RecordAsync(
            new AuditRecord("anonymous", AuditCategories.SignIn, "kiosk-sign-in", device.Length == 0 ? "(empty)" : device, AuditOutcome.Failure) { RemoteAddress = address, Reason = "unknown device or wrong token" },
            cancellationToken);
        return Results.Redirect($"{SignInPath}?error=kiosk");
    }
}
