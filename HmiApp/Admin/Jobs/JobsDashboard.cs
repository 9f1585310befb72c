using Hangfire;
using Hangfire.Dashboard;
using HmiApp.Access;
using Microsoft.AspNetCore.Authorization;

namespace HmiApp.Admin.Jobs;

/// <summary>
/// The Hangfire Dashboard, inside the app at <see cref="Path"/>: the poll jobs, their windows and outcomes, with
/// trigger, retry and delete. The route needs the app's sign-in and the Engineer policy (a Viewer or Operator gets
/// 403, an anonymous browser the sign-in page); the dashboard's own filter asks the same policy again, so that the
/// dashboard never falls back to Hangfire's local-requests-only default.
/// </summary>
public static class JobsDashboard
{
    public const string Path = "/admin/hangfire";

    public static IEndpointConventionBuilder MapHmiJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
        {
            DashboardTitle = "Plant HMI · jobs",
            AppPath = "/admin/jobs",
            DisplayStorageConnectionString = false,
            Authorization = [],
            AsyncAuthorization = [new PolicyFilter()],
        }).RequireAuthorization(HmiPolicies.Engineer);

    private sealed class PolicyFilter : IDashboardAsyncAuthorizationFilter
    {
        public async Task<bool> AuthorizeAsync(DashboardContext context)
        {
            var http = context.GetHttpContext();
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            return (await authorization.AuthorizeAsync(http.User, HmiPolicies.Engineer)).Succeeded;
        }
    }
}
