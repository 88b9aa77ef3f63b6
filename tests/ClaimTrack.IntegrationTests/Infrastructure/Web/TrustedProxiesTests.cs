using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Infrastructure.Web;

/// <summary>
/// The app on Kestrel (the in-memory server has no client address to check) with one configured proxy, 127.0.0.2:
/// a second loopback address, so the test can be the proxy and, from 127.0.0.1, anyone else.
/// </summary>
public sealed class ProxiedApp(TestCluster cluster) : IAsyncLifetime
{
    public const string Proxy = "127.0.0.2";
    public ClaimTrackApp App { get; private set; } = null!;
    public Uri Address { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new ClaimTrackApp(await cluster.CreateDatabaseAsync("proxied"), settings: new Dictionary<string, string>
        {
            ["ClaimTrack:Proxy:KnownProxies"] = Proxy,
        });
        App.UseKestrel(0);
        App.StartServer();
        Address = new Uri(App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>Issue 13: X-Forwarded-Proto (and -For) count from the configured proxy only.</summary>
public sealed partial class TrustedProxiesTests(ProxiedApp proxied) : IClassFixture<ProxiedApp>
{
    [Fact]
    public async Task Https_forwarded_by_the_configured_proxy_makes_the_desk_cookies_secure_and_from_anyone_else_is_ignored()
    {
        var user = await DeskVisitor.CreateUserAsync(proxied.App, DeskRoles.Reporter);

        var throughProxy = await SignInAsync(ProxiedApp.Proxy, user.Email!);
        throughProxy.Antiforgery.ShouldContain("; secure", Case.Insensitive);
        throughProxy.Desk.ShouldContain("; secure", Case.Insensitive);

        var forged = await SignInAsync("127.0.0.1", user.Email!);
        forged.Antiforgery.ShouldNotContain("secure", Case.Insensitive);
        forged.Desk.ShouldNotContain("secure", Case.Insensitive);
    }

    /// <summary>Signs in through the real form from a given local address, every request saying https; the Set-Cookie lines.</summary>
    private async Task<(string Antiforgery, string Desk)> SignInAsync(string from, string email)
    {
        using var client = From(from);
        using var get = Forwarded(HttpMethod.Get, "/account/login");
        var form = await client.SendAsync(get);
        form.StatusCode.ShouldBe(HttpStatusCode.OK);
        var antiforgery = form.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Antiforgery.", StringComparison.Ordinal));

        using var post = Forwarded(HttpMethod.Post, "/account/login");
        post.Headers.Add("Cookie", antiforgery.Split(';')[0]);
        post.Content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = Token().Match(await form.Content.ReadAsStringAsync()).Groups[1].Value,
            ["Input.Email"] = email,
            ["Input.Password"] = DeskVisitor.Password,
        });
        var signedIn = await client.SendAsync(post);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.Redirect, await signedIn.Content.ReadAsStringAsync());
        return (antiforgery, signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("claimtrack.desk=", StringComparison.Ordinal)));
    }

    // What nginx adds in front of a reader at 203.0.113.7 who came over https.
    private static HttpRequestMessage Forwarded(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        return request;
    }

    /// <summary>A client whose connections leave from the given loopback address.</summary>
    private HttpClient From(string local) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectCallback = async (context, token) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(IPAddress.Parse(local), 0));
                await socket.ConnectAsync(context.DnsEndPoint, token);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    })
    { BaseAddress = proxied.Address };

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
