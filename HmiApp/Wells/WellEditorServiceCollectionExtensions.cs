using HmiApp.Infrastructure.Acquisition.Writing;
using HmiApp.Infrastructure.Wells;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HmiApp.Wells;

public static class WellEditorServiceCollectionExtensions
{
    /// <summary>The well editor's write paths: point writes (VSD commands) and the engineer's audited edits.</summary>
    public static IServiceCollection AddWellEditor(this IServiceCollection services)
    {
        services.TryAddSingleton<PointWriter>();
        services.AddSingleton<WellVsdControl>();
        services.AddSingleton<WellEditing>();
        return services;
    }
}
