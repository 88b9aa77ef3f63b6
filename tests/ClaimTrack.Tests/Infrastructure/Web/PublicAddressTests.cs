using ClaimTrack.Web.Infrastructure.Web;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace ClaimTrack.Tests.Infrastructure.Web;

public sealed class PublicAddressTests
{
    private static PublicAddress Configured(string setting) => new(PublicAddress.Read(setting), new Listening());

    [Theory]
    [InlineData("https://factcheck.example.org", "https://factcheck.example.org")]
    [InlineData(" https://FactCheck.example.org/ ", "https://factcheck.example.org")]
    [InlineData("http://news.example:8080", "http://news.example:8080")]
    [InlineData("https://factcheck.example.org:443/", "https://factcheck.example.org")]
    public void The_setting_gives_the_address_every_link_starts_with(string setting, string baseUrl) =>
        Configured(setting).BaseUrl.ShouldBe(baseUrl);

    [Theory]
    [InlineData("factcheck.example.org")]
    [InlineData("ftp://factcheck.example.org")]
    [InlineData("https://factcheck.example.org/news")]
    [InlineData("https://factcheck.example.org/?x=1")]
    [InlineData("https://editor:secret@factcheck.example.org")]
    [InlineData("/relative")]
    public void An_address_that_is_not_a_site_alone_stops_the_app_with_a_sentence(string setting) =>
        Should.Throw<WebSettingInvalid>(() => PublicAddress.Read(setting)).Message.ShouldContain(PublicAddress.Setting);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void An_empty_setting_is_no_address(string? setting) => PublicAddress.Read(setting).ShouldBeNull();

    [Theory]
    [InlineData("factcheck.example.org", true)]
    [InlineData("FACTCHECK.example.org:8443", true)]
    [InlineData("evil.example", false)]
    [InlineData("www.factcheck.example.org", false)]
    [InlineData("localhost", false)]
    [InlineData("127.0.0.1:5080", false)]
    public void A_set_address_answers_its_own_host_only(string host, bool answers) =>
        Configured("https://factcheck.example.org").Answers(new HostString(host)).ShouldBe(answers);

    [Theory]
    [InlineData("localhost:5080", true)]
    [InlineData("desk.localhost", true)]
    [InlineData("127.0.0.1:5080", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("[::1]:5080", true)]
    [InlineData("192.168.1.5:8080", true)]
    [InlineData("192.168.1.6:8080", false)]
    [InlineData("evil.example", false)]
    [InlineData("localhost.evil.example", false)]
    public void Without_a_setting_loopback_names_and_the_listening_host_are_answered(string host, bool answers) =>
        new PublicAddress(null, new Listening("http://192.168.1.5:8080")).Answers(new HostString(host)).ShouldBe(answers);

    [Theory]
    [InlineData("http://127.0.0.1:5080", "http://127.0.0.1:5080")]
    [InlineData("http://[::]:8080", "http://localhost:8080")]
    [InlineData("http://0.0.0.0:8080|http://10.1.2.3:8081", "http://10.1.2.3:8081")]
    [InlineData("", "http://localhost")]
    public void Without_a_setting_links_name_the_listening_address(string addresses, string baseUrl) =>
        new PublicAddress(null, new Listening(addresses.Split('|', StringSplitOptions.RemoveEmptyEntries))).BaseUrl.ShouldBe(baseUrl);

    private sealed class Listening : IServer
    {
        public Listening(params string[] addresses)
        {
            var feature = new ServerAddressesFeature();
            foreach (var address in addresses) feature.Addresses.Add(address);
            Features.Set<IServerAddressesFeature>(feature);
        }

        public IFeatureCollection Features { get; } = new FeatureCollection();
        public Task StartAsync<TContext>(IHttpApplication<TContext> application, CancellationToken cancellationToken) where TContext : notnull => Task.CompletedTask;
        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
        public void Dispose() { }

        private sealed class ServerAddressesFeature : IServerAddressesFeature
        {
            public ICollection<string> Addresses { get; } = [];
            public bool PreferHostingUrls { get; set; }
        }
    }
}
