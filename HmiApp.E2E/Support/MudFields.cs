using Microsoft.Playwright;

namespace HmiApp.E2E.Support;

/// <summary>
/// MudBlazor's fields as a person uses them: a select is a read-only input that opens a popover list (not a native
/// &lt;select&gt;), and a field's error is the helper text under it. Each is found by the test id on its input.
/// </summary>
public static class MudFields
{
    /// <summary>The error text MudBlazor shows under the field whose input carries <paramref name="testId"/>.</summary>
    public static ILocator FieldError(this IPage page, string testId) =>
        page.Locator(".mud-input-control", new() { Has = page.Locator($"input[data-testid='{testId}']") })
            .Locator(".mud-input-helper-text.mud-input-error");

    /// <summary>Opens the MudSelect whose input is <paramref name="select"/> and clicks the item showing <paramref name="item"/>.</summary>
    public static async Task ChooseAsync(this ILocator select, string item)
    {
        await select.ClickAsync();
        await select.Page.Locator(".mud-popover-open .mud-list-item").GetByText(item, new() { Exact = true }).ClickAsync();
        // The choice is made on the circuit; the input shows it once the server has taken it.
        await Assertions.Expect(select).ToHaveValueAsync(item);
    }
}
