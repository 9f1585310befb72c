using Microsoft.Extensions.FileProviders;

namespace HmiApp.Shell;

/// <summary>
/// Serves what the build placed beside the app: our front-end assets (from wwwroot-assets) under
/// <c>/assets</c>. The Blazor client script is the framework's own, served by MapStaticAssets.
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

        return app;
    }
}
