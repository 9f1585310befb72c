using System.Net;

namespace HmiApp.Zones;

public static class LegacyGatewayServiceCollectionExtensions
{
    /// <summary>The gateway API's own listener (off unless <c>LegacyGatewayApi:Enabled</c>); bad settings stop the start.</summary>
    public static IServiceCollection AddLegacyGatewayApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LegacyGatewayOptions>().Bind(configuration.GetSection(LegacyGatewayOptions.SectionName))
            .Validate(o => o.Port is >= 0 and <= 65535, "LegacyGatewayApi:Port must be 0..65535")
            .Validate(o => IPAddress.TryParse(o.BindAddress, out _), "LegacyGatewayApi:BindAddress must be an IP address")
            .Validate(o => o.AllowedClients.All(c => IPNetwork.TryParse(c, out _)), "LegacyGatewayApi:AllowedClients must be networks in CIDR form, e.g. 192.168.1.0/24")
            .ValidateOnStart();
        services.AddSingleton<LegacyGatewayHost>();
        services.AddHostedService(sp => sp.GetRequiredService<LegacyGatewayHost>());
        return services;
    }
}
