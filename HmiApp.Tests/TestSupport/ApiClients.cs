using HmiApp.Access;
using HmiApp.Infrastructure.Access;
using HmiApp.Domain.Access;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HmiApp.Tests.TestSupport;

/// <summary>REST is reached with API keys only; tests get a real key of the role they act as.</summary>
public static class ApiClients
{
    public static async Task<HttpClient> CreateApiClientAsync(this WebApplicationFactory<Program> app, string role = HmiRoles.Admin)
    {
        var issued = await app.Services.GetRequiredService<ApiKeyStore>()
            .CreateAsync($"test-{role}-{Guid.NewGuid():N}", role, null, "tests", CancellationToken.None);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyAuthentication.HeaderName, issued.PlainKey);
        return client;
    }
}
