using HmiApp.Infrastructure.Persistence;
using Microsoft.Extensions.Options;
using Npgsql;

namespace HmiApp.Infrastructure.Historian;

/// <summary>The historian's own PostgreSQL connection pool, so that its COPY traffic does not take EF's connections.</summary>
public sealed class HistorianDataSource(IOptions<DatabaseOptions> options) : IAsyncDisposable
{
    private readonly Lazy<NpgsqlDataSource> dataSource = new(() =>
        new NpgsqlDataSourceBuilder(options.Value.ConnectionString) { Name = "historian" }.Build());

    public NpgsqlDataSource DataSource => dataSource.Value;

    public async ValueTask DisposeAsync()
    {
        if (dataSource.IsValueCreated)
        {
            await dataSource.Value.DisposeAsync();
        }
    }
}
