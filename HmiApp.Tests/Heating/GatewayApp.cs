using HmiApp.Infrastructure.Heating;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Heating;

/// <summary>The whole app with its heating gateway on a loopback port of its own, on a database file that outlives it.</summary>
public sealed class GatewayApp : IAsyncDisposable
{
    private GatewayApp(HmiAppFactory factory, HttpClient http, int port)
    {
        Factory = factory;
        Http = http;
        Port = port;
    }

    public HmiAppFactory Factory { get; }

    public HttpClient Http { get; }

    public int Port { get; }

    public static async Task<GatewayApp> StartAsync(string databaseFile, params (string Key, string Value)[] settings)
    {
        var factory = new HmiAppFactory()
            .With("Database:ConnectionString", $"Data Source={databaseFile}")
            .With("Heating:Mode", "Gateway")
            .With("Heating:BindAddress", "127.0.0.1")
            .With("Heating:Port", "0")
            .With("Heating:FlushInterval", "00:00:00.100");
        foreach (var (key, value) in settings)
        {
            factory.With(key, value);
        }

        var http = await factory.CreateApiClientAsync();
        var service = factory.Services.GetRequiredService<HeatingService>();
        var endPoint = await Eventually.WaitAsync(() => Task.FromResult(service.GatewayEndPoint), e => e is not null, "the gateway to listen");
        return new GatewayApp(factory, http, endPoint!.Port);
    }

    public T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Factory.DisposeAsync();
    }
}
