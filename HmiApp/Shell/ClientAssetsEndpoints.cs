using Microsoft.Extensions.FileProviders;

namespace HmiApp.Shell;

/// <summary>
/// Serves what the build placed beside the app: our front-end assets (from wwwroot-assets) under
/// <c>/assets</c>, and the Blazor client script under <c>/_framework</c> when it was taken from the
/// runtime pack (build/BlazorClientScript.targets). With the standard package the framework serves it.
/// </summary>
public static class ClientAssetsEndpoints
{
    public static WebApplication UseHmiClientAssets(this WebApplication app)
    {
        var assets = Path.Combine(AppContext.BaseDirectory, "assets");
        if (!Directory.Exists(assets))
        {
            throw new InvalidOperationException($"Front-end assets are missing at {assets}. Build the app with 'dotnet build' (it runs npm ci in wwwroot-assets).");
        }

        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(assets), RequestPath = "/assets" });

        var blazorClient = Path.Combine(AppContext.BaseDirectory, "blazor-client");
        if (File.Exists(Path.Combine(blazorClient, "blazor.web.js")))
        {
            app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(blazorClient), RequestPath = "/_framework" });
        }

        return app;
    }
}
