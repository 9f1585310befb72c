using HmiApp.Domain.Audit;
using Microsoft.Extensions.DependencyInjection;

namespace HmiApp.Infrastructure.Audit;

public static class AuditServiceCollectionExtensions
{
    public static IServiceCollection AddHmiAuditTrail(this IServiceCollection services)
    {
        services.AddSingleton<IAuditTrail, DatabaseAuditTrail>();
        return services;
    }
}
