using Microsoft.Playwright;

namespace HmiApp.E2E.Support;

/// <summary>
/// MudBlazor's fields as a person uses them: a select opens a popover list (it is not a native &lt;select&gt;), and a
/// field's error is the helper text under it. Each is found by its test id: on a text or numeric field's input; on a
/// select's combobox, which is its input until its items have rendered and then the element showing the chosen item.
/// </summary>
public static class MudFields
{
    /// <summary>The error text MudBlazor shows under the field that carries <paramref name="testId"/>.</summary>
    public static ILocator FieldError(this IPage page, string testId) =>
        page.Locator(".mud-input-control", new() { Has = page.Locator($"[data-testid='{testId}']") })
            .Locator(".mud-input-helper-text.mud-input-error");

    /// <summary>Opens the MudSelect whose combobox is <paramref name="select"/> and clicks the item showing <paramref name="item"/>.</summary>
    public static async Task ChooseAsync(this ILocator select, string item)
    {
        await select.ClickAsync();
        await select.Page.Locator(".mud-popover-open .mud-list-item").GetByText(item, new() { Exact = true }).ClickAsync();
        // The choice is made on the circuit; the combobox shows it once the server has taken it.
        if (await select.EvaluateAsync<bool>("e => e instanceof HTMLInputElement"))
        {
            await Assertions.Expect(select).ToHaveValueAsync(item);
        }
        else
        {
            await Assertions.Expect(select).ToHaveTextAsync(item);
        }
    }
}
