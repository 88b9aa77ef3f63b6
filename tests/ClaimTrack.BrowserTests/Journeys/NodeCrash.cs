using ClaimTrack.BrowserTests.Support;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>The loopback cluster (./deploy/cluster.sh: PostgreSQL, two node processes, nginx) with the demo newsroom.</summary>
public sealed class CrashableCluster : IAsyncLifetime
{
    public LoopbackCluster Cluster { get; private set; } = null!;
    public StoreOnly Database { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Cluster = await LoopbackCluster.StartAsync(TestLimits.Generous);
        Database = await StoreOnly.OpenAsync(Cluster.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        if (Database is not null) await Database.DisposeAsync();
        if (Cluster is not null) await Cluster.DisposeAsync();
    }
}

/// <summary>
/// Issue 14: an editor works on the desk through nginx; what they publish on their node is on the other node's reader
/// pages within a second. Their node then crashes (SIGKILL). The desk comes back through nginx on the other node, as it
/// would for a person (reconnect refused, the page reloads; or "Try again"), and every save answered "Saved." is there.
/// </summary>
public sealed class NodeCrash(CrashableCluster newsroom, ChromiumFixture chromium)
    : Journey(newsroom.Cluster.Site.ToString(), chromium), IClassFixture<CrashableCluster>
{
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Recovery = TimeSpan.FromSeconds(90);
    private LoopbackCluster Cluster => newsroom.Cluster;

    [Fact]
    public async Task The_editors_node_crashes_the_desk_comes_back_on_the_other_node_and_every_save_is_kept()
    {
        var worked = new ClaimStories(newsroom.Database.Writer) { Statement = "The port handled a record nine million containers." };
        await worked.RegisterAsync("Port Authority");
        var proposed = new ClaimStories(newsroom.Database.Writer) { Statement = "Night trains now reach every provincial capital." };
        await proposed.RegisterAsync("Transport Minister");
        await proposed.AttachEvidenceAsync("Rail timetable, winter edition");
        await proposed.ProposeAsync();

        var editor = await OpenAsync(Editor);
        var node = await NodeServingAsync(editor, $"/desk/claims/{worked.ClaimId}");
        var other = node == "a" ? "b" : "a";
        // Straight to the other node, not through nginx; redirects are not followed (they name nginx's address).
        using var otherNode = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            BaseAddress = Cluster.AddressOf(other),
            Timeout = TimeSpan.FromSeconds(30),
        };

        await Field(editor, "Context").FillAsync($"Saved on node {node} before it crashed.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        await Expect(Snackbar(editor, "Saved.")).ToBeVisibleAsync();

        // The other node renders and keeps these pages; only a word from this node over PostgreSQL makes it drop them.
        foreach (var path in new[] { "/", "/feeds/verdicts.rss", "/sitemap.xml" }) (await otherNode.GetStringAsync(path)).ShouldNotContain(proposed.Statement);
        await GoToDeskAsync(editor, "/desk/review");
        var card = editor.Locator(".mud-card").Filter(new() { HasText = proposed.Statement });
        await card.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" }).ClickAsync();
        await Expect(Snackbar(editor, "Approved and published.")).ToBeVisibleAsync();
        await Eventually.HoldsAsync(Propagation, async () => (await ClaimPageAsync(otherNode, proposed.ClaimId)).Contains(proposed.Statement),
            $"node {other} serves the claim page node {node} published");
        foreach (var path in new[] { "/", "/feeds/verdicts.rss", "/sitemap.xml" })
            await Eventually.HoldsAsync(Propagation, async () => (await otherNode.GetStringAsync(path)).Contains(path == "/sitemap.xml" ? proposed.ClaimId.ToString() : proposed.Statement),
                $"node {other}'s {path} shows what node {node} published");

        // Back to work on the claim, then the node under the editor crashes.
        await GoToDeskAsync(editor, $"/desk/claims/{worked.ClaimId}");
        await editor.EvaluateAsync("() => window.claimTrackBeforeCrash = true");
        Cluster.Kill(node);

        await ComeBackAsync(editor);
        (await NodeServingAsync(editor, $"/desk/claims/{worked.ClaimId}")).ShouldBe(other);
        await Expect(Field(editor, "Context")).ToHaveValueAsync($"Saved on node {node} before it crashed.");
        await using (var session = newsroom.Database.Store.QuerySession())
        {
            (await session.Events.AggregateStreamAsync<Claim>(worked.ClaimId))!.Context.ShouldBe($"Saved on node {node} before it crashed.");
            (await session.Events.AggregateStreamAsync<Claim>(proposed.ClaimId))!.IsPublic.ShouldBeTrue();
        }

        // And the desk works on the other node: the next save is answered too.
        await Field(editor, "Context").FillAsync($"Saved on node {other} after the crash.");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save the claim" }).ClickAsync();
        await Expect(Snackbar(editor, "Saved.")).ToBeVisibleAsync();
    }

    /// <summary>
    /// What a person does when their node dies: wait while the page reconnects (blazor.web.js reaches the other node
    /// through nginx, is refused the unknown circuit, and the page reloads itself), pressing "Try again" or following
    /// "reload the page" when the page offers it, until the desk is live again on a freshly loaded page.
    /// </summary>
    private static async Task ComeBackAsync(IPage page)
    {
        var retry = page.GetByRole(AriaRole.Button, new() { Name = "Try again" });
        var reload = page.Locator("#blazor-error-ui").GetByRole(AriaRole.Link, new() { Name = "reload the page" });
        await Eventually.HoldsAsync(Recovery, async () =>
        {
            try
            {
                if (await page.EvaluateAsync<bool>("() => !window.claimTrackBeforeCrash && !!document.querySelector('[data-interactive=true]')"))
                    return true;
                if (await retry.IsVisibleAsync()) await retry.ClickAsync(new() { Timeout = 2_000 });
                else if (await reload.IsVisibleAsync()) await reload.ClickAsync(new() { Timeout = 2_000 });
            }
            // The page reloaded itself, or the button went, between seeing it and clicking it: look again.
            catch (Exception problem) when (problem is PlaywrightException or TimeoutException) { }
            return false;
        }, "the desk is live again on a reloaded page", TimeSpan.FromMilliseconds(250));
    }

    /// <returns>The claim's page as a node serves it ("" while it has none), through the redirect to its slug.</returns>
    private static async Task<string> ClaimPageAsync(HttpClient node, Guid claimId)
    {
        using var response = await node.GetAsync(new Uri($"/claims/{claimId}/x", UriKind.Relative));
        if (response.Headers.Location is not { } slug) return response.IsSuccessStatusCode ? await response.Content.ReadAsStringAsync() : "";
        using var page = await node.GetAsync(new Uri(slug.IsAbsoluteUri ? slug.PathAndQuery : slug.OriginalString, UriKind.Relative));
        return page.IsSuccessStatusCode ? await page.Content.ReadAsStringAsync() : "";
    }

    /// <summary>Opens a desk page through nginx and answers which node served it (nginx's X-ClaimTrack-Node).</summary>
    private async Task<string> NodeServingAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path);
        await DeskReadyAsync(page);
        return Cluster.NodeAt(response!.Headers["x-claimtrack-node"]);
    }
}
