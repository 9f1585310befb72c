using HmiApp.Kiosk;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Kiosk;

[Trait(TestCategory.Key, TestCategory.Component)]
public sealed class NumericKeypadRenderTests
{
    [Fact]
    public async Task The_keypad_shows_the_current_value_the_limits_and_every_key()
    {
        await using var renderer = new StaticComponentRenderer(_ => { });
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
}
