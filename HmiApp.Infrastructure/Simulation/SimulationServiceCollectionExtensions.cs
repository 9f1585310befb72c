using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Simulation;

public static class SimulationServiceCollectionExtensions
{
    public static IServiceCollection AddSimulatedPlant(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimulatorOptions>().Bind(configuration.GetSection(SimulatorOptions.SectionName)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulatorOptions>, SimulatorOptionsValidator>();
        services.AddSingleton<SimulatedPlant>();
        services.AddHostedService(sp => sp.GetRequiredService<SimulatedPlant>());
        services.AddSingleton<Heating.SimulatedBaseStation>();
        services.AddHostedService(sp => sp.GetRequiredService<Heating.SimulatedBaseStation>());
        return services;
    }
}
