using HmiApp.Infrastructure.Persistence;

namespace HmiApp.Tests.Persistence;

public sealed class DatabaseOptionsValidatorTests
{
    private readonly DatabaseOptionsValidator validator = new();

    [Fact]
    public void The_embedded_default_is_valid() =>
        Assert.True(validator.Validate(null, new DatabaseOptions()).Succeeded);

    [Theory]
    [InlineData("Oracle")]
    [InlineData("7")]
    [InlineData("")]
    public void An_unknown_provider_names_the_key_and_the_allowed_values(string provider)
    {
        var result = validator.Validate(null, new DatabaseOptions { Provider = provider });
        var message = Assert.Single(result.Failures!);
        Assert.Contains("Database:Provider", message);
        Assert.Contains("'Sqlite'", message);
        Assert.Contains("'PostgreSql'", message);
    }

    [Fact]
    public void PostgreSql_without_a_connection_string_says_which_variable_to_set()
    {
        var result = validator.Validate(null, new DatabaseOptions { Provider = "postgresql" });
        var message = Assert.Single(result.Failures!);
        Assert.Contains("Database:ConnectionString", message);
        Assert.Contains("Database__ConnectionString", message);
    }

    [Fact]
    public void A_malformed_PostgreSql_connection_string_is_rejected()
    {
        var result = validator.Validate(null, new DatabaseOptions { Provider = "PostgreSql", ConnectionString = "this is not=;=a connection string" });
        Assert.Contains(result.Failures!, f => f.Contains("not a valid PostgreSQL connection string"));
    }

    [Fact]
    public void A_non_positive_startup_timeout_is_rejected()
    {
        var result = validator.Validate(null, new DatabaseOptions { StartupTimeout = TimeSpan.Zero });
        Assert.Contains(result.Failures!, f => f.Contains("Database:StartupTimeout"));
    }
}
