using HmiApp.Alarms;
using HmiApp.Domain.Alarms;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Alarms;

/// <summary>The definition form shows the fields its kind uses, and each problem as its field's error text.</summary>
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
    public void Each_problem_is_the_error_text_of_the_field_it_names()
    {
        var draft = new AlarmDefinitionDraft { Name = "TT-1.H", Kind = AlarmKind.Deviation, Limit = -3 };
        draft.ToDefinition(null, out var errors);

        var form = Render(draft, errors);

        Assert.Equal("-3 must be > 0 for a Deviation alarm.", form.FieldError("def-limit"));
        Assert.StartsWith("is missing", form.FieldError("def-setpoint"), StringComparison.Ordinal);
        Assert.StartsWith("is missing", form.FieldError("def-point"), StringComparison.Ordinal);
        Assert.StartsWith("is empty", form.FieldError("def-message"), StringComparison.Ordinal);
        Assert.Null(form.FieldError("def-name"));
        Assert.Contains("Allowed deviation", form.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_refused_value_stays_in_its_field_as_typed()
    {
        var draft = new AlarmDefinitionDraft { Name = "TT-1.H", Point = "1", Limit = 80, Message = "hot" };
        var form = Render(draft, []);

        form.Find("input[data-testid=def-deadband]").Change("-2");
        form.Find("input[data-testid=def-on-delay]").Change("100000");
        Assert.Null(draft.ToDefinition(null, out var errors));
        form.Render(builder => builder.Add(f => f.Errors, errors));

        // No Min/Max on the fields: the typed values reach the validator unclamped, and its verdict stands beside them.
        Assert.Equal((-2, 100_000), (draft.Deadband, draft.OnDelaySeconds));
        Assert.Equal("-2", form.Find("input[data-testid=def-deadband]").GetAttribute("value"));
        Assert.NotNull(form.FieldError("def-deadband"));
        Assert.Equal("100000 s must be between 0 and 86400 seconds.", form.FieldError("def-on-delay"));
    }

    [Fact]
    public void Unreadable_numbers_stay_as_typed_are_named_beside_their_fields_and_refused()
    {
        var draft = new AlarmDefinitionDraft { Name = "TT-1.H", Point = "1", Limit = 80, Deadband = 1, Message = "hot" };
        var form = Render(draft, []);

        form.Find("input[data-testid=def-deadband]").Change("1,5");
        form.Find("input[data-testid=def-limit]").Change("abc");

        // Not read as 15, nor as 0 or "no limit": the text stays, and the draft holds a value the validator refuses.
        Assert.Equal("1,5", form.Find("input[data-testid=def-deadband]").GetAttribute("value"));
        Assert.Equal("'1,5' is not a number (use . for decimals)", form.FieldError("def-deadband"));
        Assert.Equal("'abc' is not a number (use . for decimals)", form.FieldError("def-limit"));
        Assert.Null(draft.ToDefinition(null, out var errors));
        Assert.Equal(["deadband", "limit"], errors.Select(e => e.Field).Order());
    }

    private IRenderedComponent<AlarmDefinitionForm> Render(AlarmDefinitionDraft draft, IReadOnlyList<AlarmDefinitionError> errors) =>
        renderer.Render<AlarmDefinitionForm>(new Dictionary<string, object?>
        {
            [nameof(AlarmDefinitionForm.Draft)] = draft,
            [nameof(AlarmDefinitionForm.Errors)] = errors,
        });

    private Task<string> RenderAsync(AlarmDefinitionDraft draft, IReadOnlyList<AlarmDefinitionError> errors) =>
        renderer.RenderAsync<AlarmDefinitionForm>(new Dictionary<string, object?>
        {
            [nameof(AlarmDefinitionForm.Draft)] = draft,
            [nameof(AlarmDefinitionForm.Errors)] = errors,
        });

    public ValueTask DisposeAsync() => renderer.DisposeAsync();
}
