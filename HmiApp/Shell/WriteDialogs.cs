using MudBlazor;

namespace HmiApp.Shell;

/// <summary>
/// How a write confirmation opens: modal, closed only by its own buttons (a stray tap beside a dialog on a
/// touchscreen must not discard a half-confirmed write), and wide enough for old → new on one line.
/// </summary>
public static class WriteDialogs
{
    public static DialogOptions Desktop { get; } = new()
    {
        BackdropClick = false,
        CloseOnEscapeKey = true,
        CloseButton = false,
        MaxWidth = MaxWidth.Small,
        FullWidth = true,
    };

    /// <summary>On a kiosk there is no keyboard, and the keypad needs the room.</summary>
    public static DialogOptions Kiosk { get; } = Desktop with { CloseOnEscapeKey = false, MaxWidth = MaxWidth.Medium };
}
