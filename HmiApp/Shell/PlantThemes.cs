using MudBlazor;

namespace HmiApp.Shell;

/// <summary>
/// The HMI's MudBlazor themes, after ISA-101 high-performance HMI practice: calm greys for everything normal,
/// colour kept for what is abnormal (error = alarm red, warning = amber), so that a coloured element on screen
/// always means something. One instance for the process: every circuit's theme provider points at the same objects.
/// </summary>
public sealed class PlantThemes
{
    private static readonly string[] fonts = ["DejaVu Sans", "Source Sans Pro", "Segoe UI", "sans-serif"];

    /// <summary>Desktop screens, light or dark by the operator's choice.</summary>
    public MudTheme Control { get; } = Create(fontSize: "0.95rem", appbarHeight: "56px");

    /// <summary>Touchscreen kiosks: the same palette, larger type and taller bars for gloved fingers.</summary>
    public MudTheme Kiosk { get; } = Create(fontSize: "1.15rem", appbarHeight: "72px");

    private static MudTheme Create(string fontSize, string appbarHeight) => new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#3f5366",
            Secondary = "#5f6b76",
            Tertiary = "#6d7780",
            Info = "#3f5366",
            Success = "#4f6f52",
            Warning = "#f9a825",
            Error = "#c62828",
            Background = "#e4e5e6",
            BackgroundGray = "#d9dadb",
            Surface = "#f3f3f3",
            AppbarBackground = "#c9ccce",
            AppbarText = "#1e2226",
            DrawerBackground = "#eceded",
            DrawerText = "#1e2226",
            TextPrimary = "#1e2226",
            TextSecondary = "#4a5157",
            LinesDefault = "#c2c5c8",
            TableLines = "#d0d2d4",
            Divider = "#c2c5c8",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#9fb3c6",
            Secondary = "#a3acb5",
            Tertiary = "#8f99a3",
            Info = "#9fb3c6",
            Success = "#8fb592",
            Warning = "#f9a825",
            Error = "#ef5350",
            Background = "#26292c",
            BackgroundGray = "#2e3134",
            Surface = "#32363a",
            AppbarBackground = "#1d2023",
            AppbarText = "#d8dbde",
            DrawerBackground = "#2a2d30",
            DrawerText = "#d8dbde",
            TextPrimary = "#e1e3e5",
            TextSecondary = "#aab0b6",
            LinesDefault = "#4a4f54",
            TableLines = "#41464b",
            Divider = "#4a4f54",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography { FontFamily = fonts, FontSize = fontSize },
            // Material's upper-case buttons shout; on a calm screen a button reads like the rest of the text.
            Button = new ButtonTypography { FontFamily = fonts, TextTransform = "none", FontWeight = "500" },
        },
        LayoutProperties = new LayoutProperties { AppbarHeight = appbarHeight, DefaultBorderRadius = "4px" },
    };
}
