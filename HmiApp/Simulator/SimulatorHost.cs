using HmiApp.Infrastructure.Simulation;

namespace HmiApp.Simulator;

/// <summary>
/// <c>dotnet run --project HmiApp -- simulate</c>: the simulated plant alone, without the HMI, so that
/// another HMI or a test can poll it. Ports come from the same settings as the embedded default.
/// </summary>
public static class SimulatorHost
{
    public const string Command = "simulate";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = args,
            EnvironmentName = Environments.Development,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration[$"{SimulatorOptions.SectionName}:Enabled"] = "true";
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSimulatedPlant(builder.Configuration);
        await builder.Build().RunAsync();
        return 0;
    }
}
