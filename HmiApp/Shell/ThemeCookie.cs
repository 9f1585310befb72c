namespace HmiApp.Shell;

/// <summary>The operator's light or dark choice, remembered in a cookie written by Radzen's CookieThemeService.</summary>
public static class ThemeCookie
{
    public const string Name = "HmiTheme";
    public const string LightTheme = "standard";
    public const string DarkTheme = "standard-dark";

    public static string Read(HttpContext? context)
    {
        var value = context?.Request.Cookies[Name];
        return value is DarkTheme ? DarkTheme : LightTheme;
    }
}
