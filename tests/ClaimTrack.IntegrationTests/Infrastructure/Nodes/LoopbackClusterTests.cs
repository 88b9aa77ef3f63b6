using System.Net;
using System.Net.WebSockets;
using System.Text.Json;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.DemoNewsroom;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Infrastructure.Nodes;

/// <summary>./deploy/cluster.sh with the demo newsroom and a first Admin configured: both nodes start at the same moment.</summary>
public sealed class DemoCluster : IAsyncLifetime
{
    public const string AdminEmail = "chief@newsroom.example";

    public LoopbackCluster Cluster { get; private set; } = null!;

    public async ValueTask InitializeAsync() => Cluster = await LoopbackCluster.StartAsync(new Dictionary<string, string>(TestLimits.Generous)
    {
        ["ClaimTrack:Admin:Email"] = AdminEmail,
        ["ClaimTrack:Admin:Name"] = "Chief Editor",
        ["ClaimTrack:Admin:Password"] = "a long passphrase",
    });

    public async ValueTask DisposeAsync()
    {
        if (Cluster is not null) await Cluster.DisposeAsync();
    }
}

/// <summary>
/// Issue 14: the loopback cluster, as real processes of the built app behind Debian's nginx. Nothing here writes, so the
/// tests share one cluster; the crash of a node has a cluster of its own (<see cref="LeaderCrashTests"/>).
/// </summary>
public sealed class LoopbackClusterTests(DemoCluster demo) : IClassFixture<DemoCluster>
{
    private const string Editor = "editor@demo.claimtrack";
    private LoopbackCluster Cluster => demo.Cluster;

    [Fact]
    public async Task Two_node_processes_started_together_load_the_demo_newsroom_once_and_create_one_admin()
    {
        (await CountAsync("select count(*) from mt_events where type = 'claim_registered'")).ShouldBe(DemoNewsroomScript.Claims.Count);
        (await CountAsync("select count(*) from mt_doc_demonewsroommarker")).ShouldBe(1);
        (await CountAsync($"select count(*) from mt_doc_deskuser where data ->> 'Email' = '{DemoCluster.AdminEmail}'")).ShouldBe(1);
        (await CountAsync("select count(*) from mt_doc_deskuser")).ShouldBe(1 + new DemoAccounts().Accounts.Count);
    }

    [Fact]
    public async Task A_sign_in_made_on_node_A_is_good_on_node_B()
    {
        using var browser = new SiteVisitor();
        var token = await browser.FormTokenAsync(Cluster.NodeA, "/account/login");
        (await browser.SignInAsync(Cluster.NodeA, token, Editor, DemoAccounts.Password)).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var desk = await browser.GetAsync(Cluster.NodeB, "/desk");

        desk.StatusCode.ShouldBe(HttpStatusCode.OK, "node B reads node A's sign-in cookie instead of sending the editor to sign in");
    }

    [Fact]
    public async Task A_form_token_from_node_A_is_accepted_by_node_B()
    {
        using var browser = new SiteVisitor();
        var token = await browser.FormTokenAsync(Cluster.NodeA, "/account/login");

        // The form came from node A; its POST reaches node B.
        var response = await browser.SignInAsync(Cluster.NodeB, token, Editor, DemoAccounts.Password);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        response.Headers.Location!.AbsolutePath.ShouldBe("/desk");
    }

    [Fact]
    public async Task Through_nginx_a_desk_visitor_stays_on_one_node_and_a_reader_gets_no_cookie()
    {
        using var browser = new SiteVisitor();
        var first = await browser.GetAsync(Cluster.Site, "/account/login");
        var node = NodeOf(first);
        browser.Cookies.GetCookies(Cluster.Site)["claimtrack_route"].ShouldNotBeNull("nginx gives a desk visitor a route cookie");

        foreach (var path in new[] { "/account/login", "/desk", "/account/login", "/desk", "/" })
            NodeOf(await browser.GetAsync(Cluster.Site, path)).ShouldBe(node, $"{path} went to the other node");

        using var reader = new SiteVisitor();
        (await reader.GetAsync(Cluster.Site, "/")).EnsureSuccessStatusCode();
        reader.Cookies.Count.ShouldBe(0, "a reader's page comes with no cookie");
    }

    [Fact]
    public async Task The_desk_live_connection_upgrades_to_a_WebSocket_through_nginx()
    {
        using var browser = new SiteVisitor();
        (await browser.GetAsync(Cluster.Site, "/account/login")).EnsureSuccessStatusCode();
        using var negotiation = await PostAsync(browser, "/_blazor/negotiate?negotiateVersion=1");
        using var offer = JsonDocument.Parse(await negotiation.Content.ReadAsStringAsync());
        var token = offer.RootElement.GetProperty("connectionToken").GetString();

        // Blazor would fall back to server-sent events or long polling without a word: ask for the WebSocket only.
        using var socket = new ClientWebSocket();
        socket.Options.Cookies = browser.Cookies;
        socket.Options.CollectHttpResponseDetails = true;
        var address = new UriBuilder(new Uri(Cluster.Site, $"/_blazor?id={token}")) { Scheme = "ws" }.Uri;
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(address, deadline.Token);

        socket.HttpStatusCode.ShouldBe(HttpStatusCode.SwitchingProtocols);
        socket.State.ShouldBe(WebSocketState.Open);
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, "done", deadline.Token);
    }

    private string NodeOf(HttpResponseMessage response) =>
        Cluster.NodeAt(response.Headers.GetValues("X-ClaimTrack-Node").Single());

    private async Task<HttpResponseMessage> PostAsync(SiteVisitor browser, string path)
    {
        var response = await browser.PostAsync(Cluster.Site, path);
        response.EnsureSuccessStatusCode();
        return response;
    }

    private async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Cluster.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
