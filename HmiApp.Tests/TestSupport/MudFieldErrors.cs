using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;

namespace HmiApp.Tests.TestSupport;

/// <summary>
/// What a MudBlazor field shows as its error: the helper text under the field (inside its input control) when the
/// field is in error, found from the field's input element as the tests find it (by its data-testid or id).
/// </summary>
public static class MudFieldErrors
{
    /// <returns>The error text next to the field, or null when the field shows none.</returns>
    public static string? FieldError(this IElement input) =>
        input.Closest(".mud-input-control")?.QuerySelector(".mud-input-helper-text.mud-input-error")?.TextContent.Trim() is { Length: > 0 } text ? text : null;

    public static string? FieldError<TComponent>(this IRenderedComponent<TComponent> rendered, string testId) where TComponent : IComponent =>
        rendered.Find($"input[data-testid='{testId}']").FieldError();
}
