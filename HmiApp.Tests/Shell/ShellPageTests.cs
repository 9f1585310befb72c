using System.Net;
using HmiApp.Shell;
using HmiApp.Tests.TestSupport;

namespace HmiApp.Tests.Shell;

[Trait(TestCategory.Key, TestCategory.Integration)]
public sealed class ShellPageTests : IAsyncLifetime
{
    private readonly HmiAppFactory app = new();

    public static TheoryData<string> Pages() => new(NavigationItems.All.Select(i => "/" + i.Path).Append("/kiosk").Append("/kiosk/zones"));

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Every_page_of_the_navigation_renders_inside_the_shell(string path)
    {
        var client = await app.SignedInAsync(HmiApp.Domain.Access.HmiRoles.Admin);
        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"hmi-shell", html);
        Assert.Contains("data-testid=\"not-live-overlay\"", html);
        Assert.Matches("<script src=\"_framework/blazor\\.web\\.[a-z0-9]+\\.js\" autostart=\"false\">", html);
    }

    [Fact]
    public async Task The_client_script_is_the_NET_10_one_whose_reconnection_events_drive_the_not_live_overlay()
    {
        var script = await app.CreateClient().GetStringAsync("/_framework/blazor.web.js");

        Assert.Contains("components-reconnect-state-changed", script);
        Assert.Contains("resumeCircuit", script);
    }

    [Fact]
    public async Task The_main_layout_lists_every_screen_and_the_kiosk_layout_none()
    {
        var client = await app.SignedInAsync(HmiApp.Domain.Access.HmiRoles.Admin);
        var main = await client.GetStringAsync("/");
        var kiosk = await client.GetStringAsync("/kiosk");

        foreach (var item in NavigationItems.All)
        {
            Assert.Contains($"href=\"{item.Path}\"", main);
            Assert.Contains($">{item.Title}</div>", main);
        }

        Assert.Contains("hmi-nav", main);
        Assert.DoesNotContain("hmi-nav", kiosk);
        Assert.Contains("hmi-kiosk", kiosk);
    }

    [Theory]
    [InlineData("/_framework/blazor.web.js", "text/javascript")]
    [InlineData("/assets/js/connection.js", "text/javascript")]
    [InlineData("/assets/css/hmi.css", "text/css")]
    [InlineData("/assets/lib/apexcharts/apexcharts.min.js", "text/javascript")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.js", "text/javascript")]
    [InlineData("/_content/MudBlazor/MudBlazor.min.css", "text/css")]
    public async Task Client_assets_built_from_packages_and_wwwroot_assets_are_served(string path, string mediaType)
    {
        var response = await app.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
    }

    [Fact]
    public async Task The_dark_theme_cookie_is_honoured_on_the_first_paint()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Cookie", $"{ThemeCookie.Name}={ThemeCookie.Dark}");

        var client = await app.SignedInAsync(HmiApp.Domain.Access.HmiRoles.Viewer);
        var html = await (await client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Contains("data-hmi-theme=\"dark\"", html);
        // MudBlazor's theme provider writes the dark palette's background into the prerendered page.
        Assert.Contains("--mud-palette-background: rgba(38,41,44,1);", html);
    }

    [Fact]
    public async Task Kiosk_screens_are_painted_in_the_kiosk_theme_and_desktop_screens_in_the_control_room_theme()
    {
        var client = await app.SignedInAsync(HmiApp.Domain.Access.HmiRoles.Admin);
        var kiosk = await client.GetStringAsync("/kiosk");
        var desktop = await client.GetStringAsync("/");

        // PlantThemes: the same palette, larger type on touch panels.
        Assert.Contains("--mud-typography-default-size: 1.15rem;", kiosk);
        Assert.Contains("data-hmi-style=\"kiosk\"", kiosk);
        Assert.Contains("--mud-typography-default-size: 0.95rem;", desktop);
        Assert.Contains("data-hmi-style=\"desktop\"", desktop);
        Assert.Contains("--mud-palette-background: rgba(228,229,230,1);", desktop);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await app.DisposeAsync();
}
