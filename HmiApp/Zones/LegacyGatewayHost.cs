using System.Net;
using HmiApp.Infrastructure.Access;
using Microsoft.Extensions.Options;

namespace HmiApp.Zones;

/// <summary>
/// Runs the gateway API on its own Kestrel listener: its clients call the root of host:port and cannot take the
/// HMI's /api/v1 prefix, its cookies or its sign-in. The listener's handlers use the HMI's own services, so reads
/// and writes are the Zones page's (same register bank, limits, read-back and audit).
/// </summary>
public sealed partial class LegacyGatewayHost(IServiceProvider services, IOptions<LegacyGatewayOptions> options, ILogger<LegacyGatewayHost> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _listener;

    /// <summary>Where the listener took its port, once started; null while off.</summary>
    public Uri? Address { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        var allowed = settings.EffectiveAllowedClients.Select(IPNetwork.Parse).ToList();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(settings.BindAddress), settings.Port));
        var app = builder.Build();
        app.Use(async (http, next) =>
        {
            var client = http.Connection.RemoteIpAddress is { IsIPv4MappedToIPv6: true } mapped ? mapped.MapToIPv4() : http.Connection.RemoteIpAddress;
            if (!await MayCallAsync(http, client, allowed))
            {
                LogRefused(logger, client?.ToString() ?? "unknown", http.Request.Path);
                http.Response.StatusCode = StatusCodes.Status403Forbidden;
                await http.Response.WriteAsJsonAsync(new LegacyGatewayError("client address not allowed and no valid X-API-Key"), http.RequestAborted);
                return;
            }

            await next(http);
        });
        app.MapLegacyGatewayApi(services);
        await app.StartAsync(cancellationToken);
        _listener = app;
        Address = new Uri(app.Urls.First());
        LogListening(logger, Address);
    }

    private async Task<bool> MayCallAsync(HttpContext http, IPAddress? client, IReadOnlyList<IPNetwork> allowed)
    {
        if (client is not null && allowed.Any(n => n.Contains(client)))
        {
            return true;
        }

        if (!http.Request.Headers.TryGetValue("X-API-Key", out var key))
        {
            return false;
        }

        return await services.GetRequiredService<ApiKeyStore>().AuthenticateAsync(key.ToString(), http.RequestAborted) is not null;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_listener is not null)
        {
            await _listener.StopAsync(cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_listener is not null)
        {
            await _listener.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nea Smart gateway API listening on {Address}")]
    private static partial void LogListening(ILogger logger, Uri address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Nea Smart gateway API refused {Client} for {Path}: not on the allow-list, no valid key")]
    private static partial void LogRefused(ILogger logger, string client, string path);
}
