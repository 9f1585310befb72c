using HmiApp.Kiosk;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Kiosk;

[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class NumericKeypadRenderTests
{
    [Fact]
    public async Task The_keypad_shows_the_current_value_the_limits_and_every_key()
    {
        await using var renderer = new ComponentRenderer(_ => { });
        var html = await renderer.RenderAsync<NumericKeypad>(new Dictionary<string, object?>
        {
            [nameof(NumericKeypad.Value)] = 52.5,
            [nameof(NumericKeypad.Units)] = "Hz",
            [nameof(NumericKeypad.Min)] = 30.0,
            [nameof(NumericKeypad.Max)] = 60.0,
            [nameof(NumericKeypad.Step)] = 0.5,
        });

        Assert.Contains("data-testid=\"keypad-display\">52.5 Hz</div>", html);
        Assert.Contains("data-testid=\"keypad-limits\">30 to 60 Hz · step 0.5</div>", html.Replace("&#xB7;", "·"));
        foreach (var key in new[] { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", ".", "C", "OK", "Cancel" })
        {
            Assert.Contains($">{key}</button>", html);
        }

        Assert.Equal(16, html.Split("class=\"hmi-keypad__key").Length - 1);
        Assert.DoesNotContain("keypad-message", html);
    }

    [Fact]
    public async Task Typed_keys_build_the_number_and_ok_hands_over_a_value_within_the_limits()
    {
        await using var renderer = new ComponentRenderer(_ => { });
        var accepted = new List<double>();
        var keypad = renderer.Render<NumericKeypad>(Limits(52.5, accepted));

        Press(keypad, "Clear", "4", "5", "Backspace", "7", ".", "5");
        Assert.Equal("47.5 Hz", Display(keypad));
        keypad.Find("[data-testid=keypad-ok]").Click();

        Assert.Equal([47.5], accepted);
        Assert.Empty(keypad.FindAll("[data-testid=keypad-message]"));
    }

    [Theory]
    [InlineData(new[] { "Clear", "6", "5" }, "65 is above the maximum 60.")]
    [InlineData(new[] { "Clear", "2", "5" }, "25 is below the minimum 30.")]
    [InlineData(new[] { "Clear", "4", "0", ".", "2" }, "40.2 is not a multiple of the step 0.5 from 30.")]
    [InlineData(new[] { "Clear" }, "Enter a value.")]
    public async Task A_value_the_limits_refuse_is_named_with_the_reason_and_not_handed_over(string[] keys, string reason)
    {
        await using var renderer = new ComponentRenderer(_ => { });
        var accepted = new List<double>();
        var keypad = renderer.Render<NumericKeypad>(Limits(52.5, accepted));

        Press(keypad, keys);
        keypad.Find("[data-testid=keypad-ok]").Click();

        Assert.Equal(reason, keypad.Find("[data-testid=keypad-message]").TextContent.Trim());
        Assert.Empty(accepted);

        // The next key press clears the complaint: the operator is correcting it.
        Press(keypad, "1");
        Assert.Empty(keypad.FindAll("[data-testid=keypad-message]"));
    }

    [Fact]
    public async Task A_parent_redrawing_with_the_same_value_keeps_what_the_operator_typed()
    {
        await using var renderer = new ComponentRenderer(_ => { });
        var keypad = renderer.Render<NumericKeypad>(Limits(52.5, []));

        Press(keypad, "Clear", "3", "3");
        keypad.Render(parameters => parameters.Add(p => p.Value, 52.5));
        Assert.Equal("33 Hz", Display(keypad));

        keypad.Render(parameters => parameters.Add(p => p.Value, 41.0));
        Assert.Equal("41 Hz", Display(keypad));
    }

    private static Dictionary<string, object?> Limits(double value, List<double> accepted) => new()
    {
        [nameof(NumericKeypad.Value)] = value,
        [nameof(NumericKeypad.Units)] = "Hz",
        [nameof(NumericKeypad.Min)] = 30.0,
        [nameof(NumericKeypad.Max)] = 60.0,
        [nameof(NumericKeypad.Step)] = 0.5,
        [nameof(NumericKeypad.OnOk)] = Microsoft.AspNetCore.Components.EventCallback.Factory.Create<double>(accepted, accepted.Add),
    };

    private static string Display(IRenderedComponent<NumericKeypad> keypad) => keypad.Find("[data-testid=keypad-display]").TextContent.Trim();

    private static void Press(IRenderedComponent<NumericKeypad> keypad, params string[] keys)
    {
        foreach (var key in keys)
        {
            keypad.FindAll("button.hmi-keypad__key").Single(b => b.GetAttribute("aria-label") == key || b.TextContent.Trim() == key).Click();
        }
    }
}
