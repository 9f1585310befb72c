using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HmiApp.Infrastructure.Simulation;

public static class SimulationServiceCollectionExtensions
{
    public static IServiceCollection AddSimulatedPlant(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SimulatorOptions>()
            .Bind(configuration.GetSection(SimulatorOptions.SectionName))
            .PostConfigure(o =>
            {
                if (o.Wells.Count == 0)
                {
                    o.Wells = SimulatorOptions.DefaultWells();
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SimulatorOptions>, SimulatorOptionsValidator>();
        services.AddSingleton<SimulatedPlant>();
        services.AddHostedService(sp => sp.GetRequiredService<SimulatedPlant>());
        services.AddSingleton<Heating.SimulatedBaseStation>();
        services.AddHostedService(sp => sp.GetRequiredService<Heating.SimulatedBaseStation>());
        return services;
    }

    /// <summary>Polls the simulated plant by default; call after acquisition is registered, so it starts after the map loads.</summary>
    public static IServiceCollection AddSimulatedPlantPointMap(this IServiceCollection services)
    {
        services.AddHostedService<SimulatedPlantMapSeeder>();
        return services;
    }
}
