using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;

namespace HmiApp.Tests.TestSupport;

/// <summary>
/// What a MudBlazor field shows as its error: the helper text under the field (inside its input control) when the
/// field is in error, found from the element the tests find the field by (its data-testid or id: a text field's input;
/// a select's combobox).
/// </summary>
public static class MudFieldErrors
{
    /// <returns>The error text next to the field, or null when the field shows none.</returns>
    public static string? FieldError(this IElement field) =>
        field.Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public static string? FieldError<TComponent>(this IRenderedComponent<TComponent> rendered, string testId) where TComponent : IComponent =>
        rendered.Find($"[data-testid='{testId}']").FieldError();
}
