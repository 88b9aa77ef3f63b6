using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Scheduling;
using ClaimTrack.Web.Features.Desk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace ClaimTrack.IntegrationTests.Features.Claims.Scheduling;

/// <summary>
/// An embargoed verdict is nowhere a reader, a machine or a partner can look before its time, and everywhere once the
/// releaser, woken by the moved clock, lets it out: the pages cached while it was embargoed are evicted.
/// </summary>
public sealed class ScheduledPublishingTests(TestCluster cluster) : IAsyncLifetime
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private ClaimTrackApp _app = null!;
    private Reader _reader = null!;

    public async ValueTask InitializeAsync()
    {
        _app = ScheduledApp.Start(await cluster.CreateDatabaseAsync("scheduling"), _clock, WebhookRig.Settings());
        _reader = new Reader(_app);
    }

    public async ValueTask DisposeAsync()
    {
        _reader.Dispose();
        await _app.DisposeAsync();
    }

    /// <summary>Every reader and machine address that would show the claim once published. Own: the claim's own
    /// address (404 until then); the others are lists that must not name it.</summary>
    private static (string Path, bool Own)[] Addresses(ClaimStories story, string claimant, string topic, string word) =>
    [
        (Reader.ClaimPath(story), true),
        ($"/api/v1/claims/{story.ClaimId}", true),
        ($"/cards/{story.ClaimId}.png", true),
        ($"/feeds/claims/{story.ClaimId}.rss", true),
        ("/", false),
        ("/feeds/verdicts.rss", false),
        ("/feeds/verdicts.atom", false),
        ($"/feeds/claimants/{claimant}.rss", false),
        ($"/feeds/topics/{topic}.atom", false),
        ($"/claimants/{claimant}", false),
        ($"/topics/{topic}", false),
        ("/sitemaps/claims-1.xml", false),
        ($"/search?q={word}", false),
        ("/api/v1/claims", false),
        ("/feeds/claimreview.jsonld", false),
        ("/export/claims.csv", false),
        ("/export/claims.jsonl", false),
    ];

    [Fact]
    public async Task A_scheduled_verdict_is_on_no_reader_address_before_its_time_and_on_every_one_after()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscription, _) = await WebhookRig.SubscribeAsync(_app, receiver.Address);
        var story = await ScheduledApp.AwaitingReviewAsync(_app, _clock, "Embargo Person", "Embargo topic");
        var addresses = Addresses(story, "embargo-person", "embargo-topic", "Embargo");
        await ScheduledApp.ScheduleAsync(story, _clock.GetUtcNow().AddHours(1));

        foreach (var (path, own) in addresses)
        {
            var (response, body) = await _reader.GetAsync(path);
            if (own) response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{path} before the release");
            else body.ShouldNotContain(story.ClaimId.ToString(), Case.Insensitive, $"{path} before the release");
        }
        (await WebhookRig.DeliveriesAsync(_app, subscription.Id)).ShouldBeEmpty("no partner hears of it before the release");
        var desk = _app.Services.GetRequiredService<DeskQueries>();
        (await desk.CountsByStatusAsync(default))[ClaimStatus.Scheduled].ShouldBe(1);

        _clock.Advance(TimeSpan.FromMinutes(61));

        foreach (var (path, own) in addresses)
            await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), async () =>
            {
                var (response, body) = await _reader.GetAsync(path);
                return response.StatusCode == HttpStatusCode.OK && (path.EndsWith(".png", StringComparison.Ordinal) || body.Contains(story.ClaimId.ToString(), StringComparison.OrdinalIgnoreCase));
            }, $"{path} shows the claim after the release", TimeSpan.FromMilliseconds(100));
        (await WebhookRig.DeliveriesAsync(_app, subscription.Id)).ShouldHaveSingleItem().Event.ShouldBe("published");
        var events = await ScheduledApp.EventTypesAsync(_app, story.ClaimId);
        (events.Count<ScheduledPublicationReleased>(), events.Count<ClaimPublished>()).ShouldBe((1, 1));
        (await desk.CountsByStatusAsync(default))[ClaimStatus.Scheduled].ShouldBe(0);
    }

    [Fact]
    public async Task A_scheduled_correction_leaves_readers_the_old_words_until_its_time()
    {
        var story = await ScheduledApp.AwaitingReviewAsync(_app, _clock, "Corrected Later Person", "Later topic");
        await story.ApproveAsync();
        await story.PublishAsync();
        var change = await story.ProposeCorrectionAsync("Turnout was 71%, a clearer summary.", "The council's table: **71%**.", "A clearer summary.");
        await story.DoAsync(new SchedulePublication(change, _clock.GetUtcNow().AddHours(3)), ClaimStories.OtherEditor);
        string[] paths = [Reader.ClaimPath(story), $"/feeds/claims/{story.ClaimId}.rss", "/corrections", $"/api/v1/claims/{story.ClaimId}"];

        foreach (var path in paths) (await _reader.GetAsync(path)).Body.ShouldNotContain("a clearer summary", Case.Insensitive, path);

        _clock.Advance(TimeSpan.FromHours(3));

        foreach (var path in paths)
            await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), async () => (await _reader.GetAsync(path)).Body.Contains("a clearer summary", StringComparison.OrdinalIgnoreCase),
                $"{path} shows the correction after its release", TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task A_rescheduled_release_waits_for_its_new_time_and_a_cancelled_one_never_goes_out()
    {
        var later = await ScheduledApp.AwaitingReviewAsync(_app, _clock, "Rescheduled Person", "Rescheduled topic");
        await ScheduledApp.ScheduleAsync(later, _clock.GetUtcNow().AddHours(1));
        await later.DoAsync(new ReschedulePublication(_clock.GetUtcNow().AddHours(5)), ClaimStories.Editor);
        var never = await ScheduledApp.AwaitingReviewAsync(_app, _clock, "Cancelled Person", "Cancelled topic");
        await ScheduledApp.ScheduleAsync(never, _clock.GetUtcNow().AddHours(1));
        await never.DoAsync(new CancelScheduledPublication(), ClaimStories.Editor);
        var releases = _app.Services.GetRequiredService<ScheduledReleases>();

        _clock.Advance(TimeSpan.FromHours(2));

        (await releases.ReleaseDueAsync()).ShouldBe(0, "nothing is due at the old time");
        await using (var session = _app.Store.QuerySession())
        {
            (await session.LoadAsync<ReaderClaim>(later.ClaimId)).ShouldBeNull();
            (await session.LoadAsync<ReaderClaim>(never.ClaimId)).ShouldBeNull();
            (await session.LoadAsync<Claim>(never.ClaimId))!.Status.ShouldBe(ClaimStatus.InReview);
        }

        _clock.Advance(TimeSpan.FromHours(3));

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), async () =>
        {
            await using var session = _app.Store.QuerySession();
            return await session.LoadAsync<ReaderClaim>(later.ClaimId) is not null;
        }, "the rescheduled verdict is published at its new time", TimeSpan.FromMilliseconds(100));
        (await ScheduledApp.EventTypesAsync(_app, never.ClaimId)).Count<ClaimPublished>().ShouldBe(0);
    }
}
