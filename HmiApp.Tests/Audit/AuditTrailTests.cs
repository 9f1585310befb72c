using System.Net;
using HmiApp.Domain.Audit;
using HmiApp.Domain.Access;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Audit;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class AuditTrailTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    private IAuditTrail Trail => app.Services.GetRequiredService<IAuditTrail>();

    [Fact]
    public async Task The_trail_is_searched_by_time_user_category_and_text()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await Trail.RecordAsync(new AuditRecord("olga", "setpoint", "write", "zone 3", AuditOutcome.Success) { OldValue = "20.5", NewValue = "21.0", RemoteAddress = "10.0.0.5" }, CancellationToken.None);
        await Trail.RecordAsync(new AuditRecord("eric", "point-map", "edit", "pump P-101", AuditOutcome.Failure) { Reason = "register out of range" }, CancellationToken.None);
        var after = DateTimeOffset.UtcNow.AddSeconds(1);

        Assert.Equal(["zone 3"], Targets(await Trail.SearchAsync(new AuditQuery { Actor = "OLG" }, CancellationToken.None)));
        Assert.Equal(["pump P-101"], Targets(await Trail.SearchAsync(new AuditQuery { Category = "point-map" }, CancellationToken.None)));
        Assert.Equal(["pump P-101"], Targets(await Trail.SearchAsync(new AuditQuery { Text = "out of RANGE" }, CancellationToken.None)));
        Assert.Equal(["zone 3"], Targets(await Trail.SearchAsync(new AuditQuery { Text = "21.0" }, CancellationToken.None)));
        Assert.Equal(["pump P-101", "zone 3"], Targets(await Trail.SearchAsync(new AuditQuery { From = before, To = after }, CancellationToken.None)));
        Assert.Empty(await Trail.SearchAsync(new AuditQuery { From = after }, CancellationToken.None));
        var write = (await Trail.SearchAsync(new AuditQuery { Category = "setpoint" }, CancellationToken.None)).Single();
        Assert.Equal(("olga", "10.0.0.5", "20.5", "21.0", AuditOutcome.Success), (write.Actor, write.RemoteAddress, write.OldValue, write.NewValue, write.Outcome));
        Assert.InRange(write.At, before, after);
    }

    [Fact]
    public void The_trail_offers_no_way_to_change_or_remove_an_entry()
    {
        var methods = typeof(IAuditTrail).GetMethods().Select(m => m.Name).Order().ToList();

        Assert.Equal(["RecordAsync", "SearchAsync"], methods);
    }

    [Fact]
    public async Task Admins_export_csv_others_are_refused_and_a_bad_time_is_named()
    {
        await Trail.RecordAsync(new AuditRecord("olga", "setpoint", "write", "zone 3", AuditOutcome.Success) { OldValue = "20.5", NewValue = "21.0" }, CancellationToken.None);
        var admin = await app.SignedInAsync(HmiRoles.Admin);
        var engineer = await app.SignedInAsync(HmiRoles.Engineer);

        var csv = await admin.GetAsync("/admin/audit/export.csv?category=setpoint");
        var refused = await engineer.GetAsync("/admin/audit/export.csv");
        var bad = await admin.GetAsync("/admin/audit/export.csv?from=yesterday");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.EndsWith(",olga,,setpoint,write,zone 3,20.5,21.0,Success,", lines[1]);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/access-denied", refused.Headers.Location!.PathAndQuery);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("'from' (yesterday)", await bad.Content.ReadAsStringAsync());
    }

    private static List<string> Targets(IEnumerable<AuditEntry> entries) => entries.Where(e => e.Category is "setpoint" or "point-map").Select(e => e.Target).ToList();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
