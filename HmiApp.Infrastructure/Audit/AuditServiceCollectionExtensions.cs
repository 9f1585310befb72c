using HmiApp.Domain.Audit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace HmiApp.Infrastructure.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The database audit trail; idempotent, as every feature that audits registers it.</summary>
    public static IServiceCollection AddHmiAuditTrail(this IServiceCollection services)
    {
        services.TryAddSingleton<IAuditTrail, DatabaseAuditTrail>();
        return services;
    }
}
