using System.Net;
using HmiApp.Access;
using HmiApp.Domain.Access;
using HmiApp.Infrastructure.Access;
using HmiApp.Tests.TestSupport;
using Microsoft.AspNetCore.Hosting;

namespace HmiApp.Tests.Access;

/// <summary>In Production an error says that it happened and nothing of how the code looks inside.</summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class ProductionErrorTests : IAsyncLifetime
{
    private readonly ProductionApp app = new();

    [Fact]
    public async Task A_failing_api_call_answers_problem_json_without_a_stack_trace()
    {
        var key = await app.Services.GetRequiredService<ApiKeyStore>().CreateAsync("scada", HmiRoles.Viewer, null, "admin", CancellationToken.None);
        var client = app.CreateClient();
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/me");
        request.Headers.Add(ApiKeyAuthentication.HeaderName, key.PlainKey);

        // The store vanishing under a running node makes the key check throw.
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(app.DataDirectory))
        {
            File.Delete(file);
        }

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"status\":500", body);
        Assert.DoesNotContain("   at ", body);
        Assert.DoesNotContain("Sqlite", body);
        Assert.DoesNotContain("HmiApp.", body);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();

    private sealed class ProductionApp : Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactory<Program>
    {
        public string DataDirectory { get; } = Directory.CreateTempSubdirectory("hmi-prod-").FullName;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={Path.Combine(DataDirectory, "hmi.db")}");
        }

        public override async ValueTask DisposeAsync()
        {
            await base.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(DataDirectory, recursive: true);
        }
    }
}
