using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Infrastructure.Nodes;
using Marten.Events;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>Two nodes behind a load balancer: what one publishes, readers of the other see within a second.</summary>
public sealed class ReaderCacheAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>, IDisposable
{
    private static readonly TimeSpan Propagation = TimeSpan.FromSeconds(1);
    private readonly Reader _readerOfB = new(nodes.B);

    [Fact]
    public async Task A_publication_on_node_A_reaches_the_pages_node_B_had_cached_within_a_second()
    {
        var story = await new ClaimStories(nodes.A.Writer).PublishedAsync("Two Node Person");
        var claimPath = Reader.ClaimPath(story);
        // Node B renders and stores each page: without a word from node A it would serve these copies for an hour.
        foreach (var path in new[] { claimPath, "/", "/feeds/verdicts.rss", "/sitemap.xml" }) await _readerOfB.PageAsync(path);
        (await _readerOfB.PageAsync(claimPath)).ShouldNotContain("Misleading");

        var later = new ClaimStories(nodes.A.Writer) { Statement = "Node A published this one after node B cached its pages." };
        await later.PublishedAsync("Later Person");
        await story.ReviseAsync("misleading", "New context from node A.");

        await Eventually.HoldsAsync(Propagation, async () => (await _readerOfB.PageAsync(claimPath)).Contains("Why: New context from node A."),
            "node B's cached claim page shows node A's revision");
        await Eventually.HoldsAsync(Propagation, async () => (await _readerOfB.PageAsync("/")).Contains(later.Statement),
            "node B's cached home page lists node A's new claim");
        await Eventually.HoldsAsync(Propagation, async () => (await _readerOfB.PageAsync("/feeds/verdicts.rss")).Contains(later.Statement),
            "node B's cached feed carries node A's new claim");
        await Eventually.HoldsAsync(Propagation, async () => (await _readerOfB.PageAsync("/sitemap.xml")).Contains(later.ClaimId.ToString()),
            "node B's cached sitemap lists node A's new claim");
    }

    [Fact]
    public async Task A_pin_on_node_A_reaches_the_front_page_node_B_had_cached_within_a_second()
    {
        var story = await new ClaimStories(nodes.A.Writer) { Statement = $"Pinned on node A {Guid.NewGuid():N}." }.PublishedAsync("Pin Node Person");
        // Node B caches its front page with the claim among the latest, not yet pinned.
        (await _readerOfB.PageAsync("/")).ShouldNotContain("<ol class=\"claims pinned\">");

        await story.DoAsync(new Web.Features.Claims.FrontPage.PinClaim(1), ClaimStories.Editor);

        await Eventually.HoldsAsync(Propagation, async () => (await _readerOfB.PageAsync("/")).Contains("<ol class=\"claims pinned\">"),
            "node B's cached front page shows node A's pin");
        await story.DoAsync(new Web.Features.Claims.FrontPage.UnpinClaim(), ClaimStories.Editor);
        await Eventually.HoldsAsync(Propagation, async () => !(await _readerOfB.PageAsync("/")).Contains("<ol class=\"claims pinned\">"),
            "node B's cached front page drops the pin node A lifted");
    }

    [Fact]
    public async Task A_daemon_batch_on_either_node_evicts_the_claimant_index_on_both()
    {
        using var readerOfA = new Reader(nodes.A);
        var readers = new[] { readerOfA, _readerOfB };
        var claimant = $"Index Node Person {Guid.NewGuid():N}"[..26];
        await new ClaimStories(nodes.A.Writer).PublishedAsync(claimant);
        foreach (var reader in readers)
            await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () => (await reader.PageAsync("/claimants")).Contains(claimant),
                "each node lists the new claimant", TimeSpan.FromMilliseconds(100));
        // The daemon finishes every batch it has (earlier tests' too); their second evictions (EvictOnSummaryChange.Settle)
        // may still drop pages cached now. So: cache on both nodes, then change the summary behind every cache's back
        // (no event, no message), until both nodes keep showing their stored copies. From then on only the draft's
        // batch below can evict them.
        await nodes.A.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        var renamed = "";
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () =>
        {
            foreach (var reader in readers) await reader.PageAsync("/claimants");
            renamed = $"Renamed Behind The Cache {Guid.NewGuid():N}"[..34];
            await nodes.SqlAsync($"update mt_doc_claimantsummary set data = jsonb_set(data, '{{ReaderName}}', '\"{renamed}\"') where id = '{Slugs.From(claimant)}'");
            foreach (var reader in readers)
                if ((await reader.PageAsync("/claimants")).Contains(renamed, StringComparison.Ordinal)) return false;
            return true;
        }, "both nodes keep serving their cached index once earlier evictions have passed", EvictOnSummaryChange.Settle);

        // A draft changes no reader page, but the daemon writes its claimant's summary: the node running it evicts the
        // index, and only the channel tells the other node.
        await new ClaimStories(nodes.A.Writer).RegisterAsync($"Draft Node Person {Guid.NewGuid():N}");

        foreach (var reader in readers)
            await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () => (await reader.PageAsync("/claimants")).Contains(renamed),
                "each node's claimant index was evicted after the daemon's batch", TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task A_node_whose_channel_was_cut_reconnects_and_drops_every_page_it_cached()
    {
        await _readerOfB.PageAsync("/");
        var story = await new ClaimStories(nodes.A.Writer) { Statement = "Node B hears this before it caches the page." }.PublishedAsync("Cut Channel Person");
        // Node A's word of the publication reaches node B in its own time: were B to cache the claim page before it
        // came, B would then drop it, and the page below would show the change for that reason instead.
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(10), async () => (await _readerOfB.PageAsync("/")).Contains(story.Statement),
            "node B heard of the publication", TimeSpan.FromMilliseconds(50));
        var path = Reader.ClaimPath(story);
        (await _readerOfB.PageAsync(path)).ShouldContain("Turnout was high, but not a forty-year record.");
        // Changed behind every cache's back (no event, no message): only a node that dropped its copies shows it.
        await nodes.SqlAsync($"update mt_doc_publishedclaim set data = jsonb_set(data, '{{Content,Verdict,Summary}}', '\"Changed while B was away.\"') where id = '{story.ClaimId}'");
        (await _readerOfB.PageAsync(path)).ShouldNotContain("Changed while B was away.");

        var killed = await nodes.SqlAsync(
            "select count(pg_terminate_backend(pid)) from pg_stat_activity " +
            $"where datname = current_database() and application_name = 'claimtrack node channel {NodeIdOf(nodes.B)}'");

        killed.ShouldBe(1L);
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(10), async () => (await _readerOfB.PageAsync(path)).Contains("Changed while B was away."),
            "node B reopened its channel and dropped its cached pages");
        // And the reopened channel carries node A's next change.
        await story.ReviseAsync("misleading", "Sent after B came back.");
        await Eventually.HoldsAsync(Propagation, async () => (await _readerOfB.PageAsync(path)).Contains("Why: Sent after B came back."),
            "node B hears node A again");
    }

    [Fact]
    public async Task Node_B_times_node_As_publication_from_save_to_its_own_eviction()
    {
        // Only node B's instrument: each app's meters come from its own factory (the meter's scope).
        var factoryOfB = nodes.B.Services.GetRequiredService<IMeterFactory>();
        var samples = new ConcurrentQueue<(double Seconds, string? Change)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == factoryOfB && instrument.Name == "claimtrack.reader_page.delay") l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
            samples.Enqueue((value, tags.ToArray().FirstOrDefault(t => t.Key == "change").Value as string)));
        listener.Start();

        await new ClaimStories(nodes.A.Writer).PublishedAsync("Timed Node Person");

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(5), () => Task.FromResult(samples.Any(s => s.Change == "published")),
            "node B recorded the publication's approval-to-page time");
        samples.First(s => s.Change == "published").Seconds.ShouldBeLessThan(5);
    }

    private static string NodeIdOf(ClaimTrackApp app) => app.Services.GetRequiredService<NodeBroadcast>().NodeId;

    public void Dispose() => _readerOfB.Dispose();
}
