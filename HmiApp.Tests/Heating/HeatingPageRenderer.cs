using HmiApp.Domain.Heating;
using HmiApp.Infrastructure.Heating;
using HmiApp.Tests.TestSupport;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.Heating;

/// <summary>Renders a heating screen over a register bank the test writes, with heating in the given mode, for an anonymous visitor.</summary>
public static class HeatingPageRenderer
{
    public static async Task<string> RenderAsync<TComponent>(ManualTime time, HeatingRegisterBank bank, string mode, IDictionary<string, object?>? parameters = null)
        where TComponent : IComponent
    {
        await using var renderer = new ComponentRenderer(services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton(bank);
            services.AddSingleton(Options.Create(new HeatingOptions { Mode = mode }));
            services.AddSingleton<HeatingPlantReader>();
            services.AddSingleton<HeatingLinkStatus>();
            services.AddSingleton(HeatingLimits.Default);
            services.AddSingleton<IHeatingRegisterWriter>(new GatewayRegisterWriter(bank));
            services.AddSingleton<HeatingControl>();
            services.AddAnonymousVisitor();
        });
        return System.Net.WebUtility.HtmlDecode(await renderer.RenderAsync<TComponent>(parameters));
    }
}
