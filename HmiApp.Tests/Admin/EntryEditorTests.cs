using HmiApp.Admin.PointMaps;
using HmiApp.Domain.Access;
using HmiApp.Domain.Acquisition;
using HmiApp.Infrastructure.Acquisition;
using HmiApp.Infrastructure.Acquisition.Polling;
using HmiApp.Infrastructure.Acquisition.Reading;
using HmiApp.Tests.Access;
using HmiApp.Tests.Acquisition;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Admin;

/// <summary>
/// The point map's entry editor on the running app's map service: the whole-map check's finding about a field is
/// that field's error text and nothing can be applied; a good value is applied as the new map.
/// </summary>
[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class EntryEditorTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    private PointMapService Maps => app.Services.GetRequiredService<PointMapService>();

    private Point Level => app.Services.GetRequiredService<AcquisitionEngine>().Current.Map.Points.Single(p => p.Name == "level");

    [Fact]
    public async Task A_zero_scale_is_named_beside_the_scale_field_and_cannot_be_applied_then_a_good_scale_is()
    {
        await app.CreateUserAsync("erin", HmiRoles.Engineer);
        using var erin = await app.CircuitOfAsync("erin");
        await using var renderer = new ComponentRenderer(services => services
            .AddSingleton(Maps)
            .AddSingleton(app.Services.GetRequiredService<PointProbe>())
            .AddSingleton(erin.Writers));
        var level = Level;
        var editor = renderer.Render<EntryEditor>(new Dictionary<string, object?>
        {
            [nameof(EntryEditor.Kind)] = PointMapRecordKind.Point,
            [nameof(EntryEditor.Original)] = PointMapEntry.Of(level),
            [nameof(EntryEditor.Initial)] = PointMapFields.Of(level).ToDictionary(f => f.Key, f => f.Value),
        });

        editor.Find("#field-scale").Change("0");
        editor.Find("[data-testid=check-edit]").Click();

        Assert.Contains("Scale 0", editor.FieldError("field-scale"), StringComparison.Ordinal);
        Assert.Equal("0", editor.Find("#field-scale").GetAttribute("value"));
        Assert.Null(editor.FieldError("field-offset"));
        Assert.True(editor.Find("[data-testid=apply-edit]").HasAttribute("disabled"));
        Assert.Equal(0.1, Level.Encoding.Scale);

        editor.Find("#field-scale").Change("0.5");
        editor.Find("[data-testid=check-edit]").Click();
        Assert.Null(editor.FieldError("field-scale"));
        editor.Find("[data-testid=apply-edit]").Click();

        editor.WaitForAssertion(() => Assert.Equal(0.5, Level.Encoding.Scale));
    }

    public async Task InitializeAsync()
    {
        // Nothing listens on the port: the map only has to be the applied one, not to be polled.
        var map = AcquisitionFixtures.Map(FreePort.Next()).Map;
        await Maps.ApplyAsync(new PointMapPreview(new PointMapImport(map, [], []), []), "commissioning", CancellationToken.None);
    }

    public async Task DisposeAsync() => await app.DisposeAsync();
}
