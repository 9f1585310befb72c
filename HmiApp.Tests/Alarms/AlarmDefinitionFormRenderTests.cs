using HmiApp.Alarms;
using HmiApp.Domain.Alarms;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Alarms;

/// <summary>The definition form shows the fields its kind uses, and each problem next to its field.</summary>
[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class AlarmDefinitionFormRenderTests : IAsyncDisposable
{
    private readonly ComponentRenderer renderer = new(_ => { });

    [Theory]
    [InlineData(AlarmKind.High, "def-limit", "def-setpoint")]
    [InlineData(AlarmKind.Deviation, "def-setpoint", "def-discrete-value")]
    [InlineData(AlarmKind.RateOfChange, "def-limit", "def-device")]
    [InlineData(AlarmKind.Discrete, "def-discrete-value", "def-limit")]
    [InlineData(AlarmKind.BadQuality, "def-point", "def-limit")]
    [InlineData(AlarmKind.CommunicationLost, "def-device", "def-point")]
    public async Task The_form_shows_the_fields_of_its_kind_only(AlarmKind kind, string shown, string hidden)
    {
        var html = await RenderAsync(new AlarmDefinitionDraft { Kind = kind }, []);

        Assert.Contains($"data-testid=\"{shown}\"", html);
        Assert.DoesNotContain($"data-testid=\"{hidden}\"", html);
        Assert.Contains($"data-kind=\"{kind}\"", html);
    }

    [Fact]
    public async Task Suppression_fields_appear_when_suppression_is_on()
    {
        Assert.DoesNotContain("def-suppression-point", await RenderAsync(new AlarmDefinitionDraft(), []));
        Assert.Contains("def-suppression-point", await RenderAsync(new AlarmDefinitionDraft { Suppressed = true }, []));
    }

    [Fact]
    public async Task Each_problem_is_shown_next_to_the_field_it_names()
    {
        var draft = new AlarmDefinitionDraft { Name = "TT-1.H", Kind = AlarmKind.Deviation, Limit = -3 };
        draft.ToDefinition(null, out var errors);

        var html = await RenderAsync(draft, errors);

        Assert.Contains("data-testid=\"error-limit\">limit: -3 must be &gt; 0 for a Deviation alarm.</span>", html);
        Assert.Contains("data-testid=\"error-setpointPoint\">setpointPoint: is missing", html);
        Assert.Contains("data-testid=\"error-point\">point: is missing", html);
        Assert.Contains("data-testid=\"error-message\">message: is empty", html);
        Assert.DoesNotContain("error-name", html);
        Assert.Contains("Allowed deviation", html);
    }

    private Task<string> RenderAsync(AlarmDefinitionDraft draft, IReadOnlyList<AlarmDefinitionError> errors) =>
        renderer.RenderAsync<AlarmDefinitionForm>(new Dictionary<string, object?>
        {
            [nameof(AlarmDefinitionForm.Draft)] = draft,
            [nameof(AlarmDefinitionForm.Errors)] = errors,
        });

    public ValueTask DisposeAsync() => renderer.DisposeAsync();
}
