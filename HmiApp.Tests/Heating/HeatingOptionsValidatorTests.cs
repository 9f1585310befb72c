using HmiApp.Infrastructure.Heating;

namespace HmiApp.Tests.Heating;

public sealed class HeatingOptionsValidatorTests
{
    private readonly HeatingOptionsValidator _validator = new();

    [Fact]
    public void The_defaults_are_valid() => Assert.True(_validator.Validate(null, new HeatingOptions()).Succeeded);

    [Theory]
    [InlineData("Slave")]
    [InlineData("1")]
    [InlineData("")]
    public void An_unknown_mode_names_the_key_and_the_values_that_work(string mode)
    {
        var failure = Assert.Single(Failures(new HeatingOptions { Mode = mode }));
        Assert.Contains("Heating:Mode", failure);
        Assert.Contains("'Gateway'", failure);
    }

    [Fact]
    public void Client_mode_needs_a_host()
    {
        var failure = Assert.Single(Failures(new HeatingOptions { Mode = "Client" }));
        Assert.Contains("Heating:Host is empty", failure);
    }

    [Fact]
    public void Bad_values_are_each_reported_by_key()
    {
        var failures = Failures(new HeatingOptions
        {
            BindAddress = "gateway.local",
            Port = 70000,
            UnitIds = [240, 0, 240],
            StaleAfter = TimeSpan.Zero,
            CommandProtection = TimeSpan.FromSeconds(-1),
        });

        Assert.Contains(failures, f => f.StartsWith("Heating:BindAddress", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Heating:Port", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Heating:UnitIds holds 0", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Heating:UnitIds lists a unit id twice", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Heating:StaleAfter", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Heating:CommandProtection", StringComparison.Ordinal));
    }

    [Fact]
    public void Disabled_ignores_the_rest()
    {
        Assert.True(_validator.Validate(null, new HeatingOptions { Mode = "disabled", Port = -5 }).Succeeded);
        Assert.Equal(HeatingMode.Disabled, new HeatingOptions { Mode = "disabled" }.ModeKind);
    }

    [Fact]
    public void Without_configured_unit_ids_the_gateway_answers_240_and_241() =>
        Assert.Equal([240, 241], new HeatingOptions().EffectiveUnitIds);

    private List<string> Failures(HeatingOptions options) => _validator.Validate(null, options).Failures?.ToList() ?? [];
}
