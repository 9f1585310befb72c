using System.Net;
using HmiApp.Metrics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace HmiApp.Tests.Metrics;

public sealed class MetricsScrapeAccessTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("::1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.5.20", false)]
    public void By_default_only_this_machine_may_scrape(string address, bool allowed)
    {
        var access = new MetricsScrapeAccess(Options.Create(new MetricsScrapeOptions()));

        Assert.Equal(allowed, access.Refusal(From(address)) is null);
    }

    [Fact]
    public void An_allowed_network_replaces_loopback_and_a_refusal_without_a_token_is_403_naming_the_setting()
    {
        var access = new MetricsScrapeAccess(Options.Create(new MetricsScrapeOptions { AllowedAddresses = ["10.0.5.0/24"] }));

        Assert.Null(access.Refusal(From("10.0.5.20")));
        var refusal = Assert.IsAssignableFrom<IStatusCodeHttpResult>(access.Refusal(From("127.0.0.1")));
        Assert.Equal(StatusCodes.Status403Forbidden, refusal.StatusCode);
    }

    [Fact]
    public void The_bearer_token_admits_any_address()
    {
        var access = new MetricsScrapeAccess(Options.Create(new MetricsScrapeOptions { ScrapeToken = "scrape-token-0123456789abcdef" }));
        var context = From("192.168.7.7");
        context.Request.Headers.Authorization = "Bearer scrape-token-0123456789abcdef";

        Assert.Null(access.Refusal(context));
        context.Request.Headers.Authorization = "Bearer scrape-token-0123456789abcdeX";
        Assert.Equal(StatusCodes.Status401Unauthorized, Assert.IsAssignableFrom<IStatusCodeHttpResult>(access.Refusal(context)).StatusCode);
    }

    private static DefaultHttpContext From(string address) => new() { Connection = { RemoteIpAddress = IPAddress.Parse(address) } };
}
