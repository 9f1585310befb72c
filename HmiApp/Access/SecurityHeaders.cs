namespace HmiApp.Access;

/// <summary>
/// Headers every response carries. The content security policy admits only this site's scripts;
/// Blazor Server needs its WebSocket (<c>connect-src ws: wss:</c>); MudBlazor sets inline styles and its theme provider
/// writes its palette into a style element.
/// </summary>
public static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; " +
        "connect-src 'self' ws: wss:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'";

    /// <summary>Requests larger than this are refused with 413 before anything reads them.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static IApplicationBuilder UseHmiSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // Set as the response starts, replacing the milder values Blazor (frame-ancestors 'self') and
        // antiforgery (X-Frame-Options SAMEORIGIN) write: one policy, this one.
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        if (context.Request.ContentLength > MaxRequestBodyBytes)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            // Chunked bodies carry no length up front; Kestrel stops them at the same size.
            limit.MaxRequestBodySize = MaxRequestBodyBytes;
        }

        await next(context);
    });
}
