using System.Net;
using ClaimTrack.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Tests.Infrastructure.Web;

public sealed class TrustedProxiesTests
{
    private static ForwardedHeadersOptions Options(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();
        using var services = new ServiceCollection().AddTrustedProxies(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<ForwardedHeadersOptions>>().Value;
    }

    [Fact]
    public void With_no_proxy_named_nothing_forwarded_is_believed_not_even_from_loopback()
    {
        var options = Options();

        options.ForwardedHeaders.ShouldBe(ForwardedHeaders.None);
        options.KnownProxies.ShouldBeEmpty();
        options.KnownIPNetworks.ShouldBeEmpty();
    }

    [Fact]
    public void Named_proxies_and_networks_are_believed_for_the_client_address_and_scheme_only()
    {
        var options = Options(
            ("ClaimTrack:Proxy:KnownProxies", "10.0.0.5; 10.0.0.6"),
            ("ClaimTrack:Proxy:KnownNetworks:0", "172.16.0.0/12"),
            ("ClaimTrack:Proxy:KnownNetworks:1", "fd00::/8"));

        options.ForwardedHeaders.ShouldBe(ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto);
        options.KnownProxies.ShouldBe([IPAddress.Parse("10.0.0.5"), IPAddress.Parse("10.0.0.6")]);
        options.KnownIPNetworks.ShouldBe([System.Net.IPNetwork.Parse("172.16.0.0/12"), System.Net.IPNetwork.Parse("fd00::/8")]);
    }

    [Theory]
    [InlineData("ClaimTrack:Proxy:KnownProxies", "proxy.internal")]
    [InlineData("ClaimTrack:Proxy:KnownNetworks", "10.0.0.0")]
    [InlineData("ClaimTrack:Proxy:KnownNetworks", "10.0.0.0/33")]
    public void A_proxy_that_is_not_an_address_stops_the_app_with_a_sentence(string key, string value) =>
        Should.Throw<WebSettingInvalid>(() => Options((key, value))).Message.ShouldContain(value);
}
