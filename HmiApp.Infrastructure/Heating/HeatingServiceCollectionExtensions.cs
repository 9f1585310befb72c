using HmiApp.Domain.Heating;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Heating;

public static class HeatingServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Rehau Nea Smart 2.0 link configured by section <c>Heating</c> (validated at start-up): the
    /// persisted register bank, the zone model reader, the write path and the service that runs the link.
    /// </summary>
    public static IServiceCollection AddHeating(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HeatingOptions>().Bind(configuration.GetSection(HeatingOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<HeatingOptions>, HeatingOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(HeatingLimits.Default);
        services.AddSingleton(sp => new HeatingRegisterBank(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<IOptions<HeatingOptions>>().Value.CommandProtection));
        services.AddSingleton<HeatingRegisterStore>();
        services.AddSingleton<HeatingPlantReader>();
        services.AddSingleton<HeatingLinkStatus>();
        services.AddSingleton<HeatingBusConnection>();
        services.AddSingleton<HeatingBusPoller>();
        services.AddSingleton<IHeatingWriteObserver, LoggingHeatingWriteObserver>();
        services.AddSingleton<IHeatingWriteObserver, AuditingHeatingWriteObserver>();
        services.AddSingleton<IHeatingRegisterWriter>(sp => sp.GetRequiredService<IOptions<HeatingOptions>>().Value.ModeKind switch
        {
            HeatingMode.Gateway => ActivatorUtilities.CreateInstance<GatewayRegisterWriter>(sp),
            HeatingMode.Client => ActivatorUtilities.CreateInstance<ClientRegisterWriter>(sp),
            _ => new DisabledRegisterWriter(),
        });
        services.AddSingleton<HeatingControl>();
        services.AddSingleton<HeatingService>();
        services.AddHostedService(sp => sp.GetRequiredService<HeatingService>());
        return services;
    }
}
