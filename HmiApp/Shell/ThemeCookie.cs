namespace HmiApp.Shell;

/// <summary>
/// The operator's light or dark choice, kept in a cookie so that the server renders the first paint in it
/// (no light flash on a dark control-room screen). Written in the browser by assets/js/theme.js.
/// </summary>
public static class ThemeCookie
{
    public const string Name = "HmiTheme";
    public const string Light = "light";
    public const string Dark = "dark";

    /// <summary>How long the browser keeps the choice.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    public static string Read(HttpContext? context)
    {
        // "standard-dark" is what the toggle of the previous component library wrote; an operator's old choice still counts.
        var value = context?.Request.Cookies[Name];
        return value is Dark or "standard-dark" ? Dark : Light;
    }
}
