using HmiApp.Domain.Access;
using HmiApp.Domain.Acquisition;
using HmiApp.Domain.Wells;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Wells;
using HmiApp.Tests.Access;
using HmiApp.Tests.TestSupport;
using HmiApp.Wells;
using Microsoft.AspNetCore.Components;

namespace HmiApp.Tests.Wells;

/// <summary>
/// The well editor's forms as an engineer uses them, on the running app's well editing: the domain's refusal stands
/// beside the field it names and nothing is stored; a good value is stored.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class WellFormsTests : IAsyncLifetime
{
    private const string WellId = "W-9";
    private readonly HmiAppFactory app = new();
    private CircuitSession? erin;
    private ComponentRenderer? renderer;

    private WellCatalog Catalog => app.Services.GetRequiredService<WellCatalog>();

    private WellSettingsStore Settings => app.Services.GetRequiredService<WellSettingsStore>();

    [Fact]
    public void A_motor_wider_than_the_casing_is_refused_beside_the_motor_field_then_a_fitting_one_is_saved()
    {
        var form = Render<WellIdentityForm>(new() { [nameof(WellIdentityForm.Well)] = Catalog.All.Single().Well });

        form.Find("#well-casing").Change("6,5");
        form.Find("[data-testid=well-identity-save]").Click();
        form.WaitForAssertion(() => Assert.Equal("'6,5' is not a number (use . for decimals)", form.FieldError("well-casing")));
        Assert.Equal(6, Catalog.All.Single().Well.CasingInnerDiameterInches);

        form.Find("#well-casing").Change("6");
        form.Find("#well-motor").Change("8");
        form.Find("[data-testid=well-identity-save]").Click();

        form.WaitForAssertion(() => Assert.Equal("the motor must fit inside the casing (inner diameter 6 in)", form.FieldError("well-motor")));
        // Not clamped: the typed value stays in the field.
        Assert.Equal("8", form.Find("#well-motor").GetAttribute("value"));
        Assert.Null(form.FieldError("well-casing"));
        Assert.StartsWith("Not saved", form.Find("[data-testid=well-identity-message]").TextContent, StringComparison.Ordinal);
        Assert.Equal(4.5, Catalog.All.Single().Well.MotorOuterDiameterInches);

        form.Find("#well-motor").Change("5");
        form.Find("[data-testid=well-identity-save]").Click();

        form.WaitForAssertion(() => Assert.Equal("Saved and audited.", form.Find("[data-testid=well-identity-message]").TextContent));
        Assert.Null(form.FieldError("well-motor"));
        Assert.Equal(5, Catalog.All.Single().Well.MotorOuterDiameterInches);
    }

    [Fact]
    public void Limits_and_thresholds_the_domain_refuses_are_named_beside_their_fields_and_good_ones_are_saved()
    {
        var well = Catalog.All.Single();
        var form = Render<WellLimitsForm>(new() { [nameof(WellLimitsForm.Well)] = well, [nameof(WellLimitsForm.Limits)] = Settings.FrequencyLimitsOf(well.Well) });

        form.Find("#limit-min").Change("40");
        form.Find("#limit-max").Change("20");
        form.Find("[data-testid=limits-save]").Click();
        form.WaitForAssertion(() => Assert.Equal("maxHz = 20 is invalid: must be above minHz (40 Hz)", form.FieldError("limit-max")));
        Assert.Null(form.FieldError("limit-min"));
        Assert.Equal("20", form.Find("#limit-max").GetAttribute("value"));
        Assert.NotEqual(20, Settings.FrequencyLimitsOf(Catalog.All.Single().Well).MaxHz);

        form.Find("#limit-max").Change("65");
        form.Find("[data-testid=limits-save]").Click();
        form.WaitForAssertion(() => Assert.Equal(new WellFrequencyLimits(40, 65), Settings.FrequencyLimitsOf(Catalog.All.Single().Well)));
        Assert.Null(form.FieldError("limit-max"));

        form.Find("input[data-testid=threshold-maxVibrationG]").Change("-1");
        form.Find("[data-testid=thresholds-save]").Click();
        form.WaitForAssertion(() => Assert.Equal("parameter 'maxVibrationG' = -1 is invalid: must be >= 0", form.FieldError("threshold-maxVibrationG")));
        Assert.Empty(Catalog.All.Single().ParameterOverrides);

        form.Find("input[data-testid=threshold-maxVibrationG]").Change("0.8");
        form.Find("[data-testid=thresholds-save]").Click();
        form.WaitForAssertion(() => Assert.Equal(0.8, Catalog.All.Single().ParameterOverrides["maxVibrationG"]));
        Assert.Null(form.FieldError("threshold-maxVibrationG"));
    }

    [Fact]
    public void A_binding_to_a_point_the_map_lacks_is_refused_beside_its_field_then_the_maps_tags_are_saved()
    {
        var missing = new WellPointBindings(new Dictionary<TelemetrySignal, PointKey>(), new Dictionary<WellControl, PointKey> { [WellControl.FrequencySetpoint] = new("W-9", "Nowhere") });
        var form = Render<WellBindingsForm>(new() { [nameof(WellBindingsForm.WellId)] = WellId, [nameof(WellBindingsForm.InForce)] = missing });

        form.Find("[data-testid=bindings-save]").Click();

        form.WaitForAssertion(() => Assert.Equal("FrequencySetpoint: point W-9/Nowhere is not in the point map", form.FieldError("binding-FrequencySetpoint")));
        Assert.Null(form.FieldError("binding-FlowRate"));
        Assert.Null(Settings.StoredBindings(WellId));

        form.Find("[data-testid=bindings-from-tags]").Click();
        form.Find("[data-testid=bindings-save]").Click();

        form.WaitForAssertion(() => Assert.NotNull(Settings.StoredBindings(WellId)));
        Assert.Null(form.FieldError("binding-FrequencySetpoint"));
    }

    public async Task InitializeAsync()
    {
        await app.CreateUserAsync("erin", HmiRoles.Engineer);
        await app.Services.GetRequiredService<WellStore>().AddAsync(new Well(WellId, "Well 9", "North", "ESP-400", 2000, 40, 60, 120, 150, 6, 4.5), CancellationToken.None);
        erin = await app.CircuitOfAsync("erin");
        renderer = new ComponentRenderer(services => services
            .AddSingleton(app.Services.GetRequiredService<WellEditing>())
            .AddSingleton(app.Services.GetRequiredService<AcquisitionEngine>())
            .AddSingleton(erin.Writers));
    }

    public async Task DisposeAsync()
    {
        await renderer!.DisposeAsync();
        erin!.Dispose();
        await app.DisposeAsync();
    }

    private IRenderedComponent<TForm> Render<TForm>(Dictionary<string, object?> parameters) where TForm : IComponent
    {
        var form = renderer!.Render<TForm>(parameters);
        form.WaitForAssertion(() => Assert.Equal("true", form.Find("[data-testid=write-gate]").GetAttribute("data-allowed")));
        return form;
    }
}
