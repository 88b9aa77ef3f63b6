using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Webhooks;
using ClaimTrack.Web.Infrastructure.Web;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Webhooks;

/// <summary>Public changes reach a receiver on loopback: signed, retried, given up on, never for drafts.</summary>
public sealed class WebhookDeliveryTests(TestCluster cluster) : IAsyncLifetime
{
    private ClaimTrackApp _app = null!;

    // A database per test: each test's subscription hears only that test's changes.
    public async ValueTask InitializeAsync() => _app = await ClaimTrackApp.StartAsync(cluster, "webhooks", settings: WebhookRig.Settings());

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task A_publication_delivers_one_signed_post_whose_signature_verifies()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscription, secret) = await WebhookRig.SubscribeAsync(_app, receiver.Address);

        var story = await new ClaimStories(_app.Writer).PublishedAsync("Signed Person");

        var delivery = (await WebhookRig.SettledAsync(_app, subscription.Id, 1)).ShouldHaveSingleItem();
        delivery.State.ShouldBe(DeliveryState.Delivered);
        var request = receiver.Requests.ShouldHaveSingleItem();
        WebhookSignature.Verifies(request.Body, secret, request.Header("X-ClaimTrack-Signature")).ShouldBeTrue();
        request.Header("X-ClaimTrack-Signature").ShouldMatch("^sha256=[0-9a-f]{64}$");
        (request.Header("X-ClaimTrack-Event"), request.Header("X-ClaimTrack-Delivery")).ShouldBe(("published", delivery.Id.ToString()));
        long.Parse(request.Header("X-ClaimTrack-Timestamp"), System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-1).ToUnixTimeSeconds(), DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        request.Header("Content-Type").ShouldStartWith("application/json");
        var payload = WebhookPayload.Read(request.Text).ShouldNotBeNull();
        payload.ShouldBe(new WebhookPayload(delivery.Id, "published", story.ClaimId,
            _app.Services.GetRequiredService<PublicAddress>().BaseUrl + $"/claims/{story.ClaimId}/{Slugs.From(story.Statement)}", "false", ClaimStories.Monday.AddMinutes(4)));
    }

    [Fact]
    public async Task Every_public_change_delivers_its_own_event_with_the_rating_readers_see()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscription, _) = await WebhookRig.SubscribeAsync(_app, receiver.Address);

        var story = await new ClaimStories(_app.Writer).PublishedAsync("Changing Person");
        await story.ReviseAsync("misleading", "New figures from the council.");
        await story.CorrectAsync("Turnout was 71%, not 81%.", "The council's table says **71%**.", "Typo in the figure.");
        await story.RetractAsync("The quote was misattributed.");

        var deliveries = await WebhookRig.SettledAsync(_app, subscription.Id, 4);
        deliveries.Select(d => (d.Event, d.State)).ShouldBe([
            ("published", DeliveryState.Delivered), ("revised", DeliveryState.Delivered),
            ("corrected", DeliveryState.Delivered), ("retracted", DeliveryState.Delivered)]);
        deliveries.Select(d => WebhookPayload.Read(d.Body)!.Rating).ShouldBe(["false", "misleading", "misleading", "misleading"]);
        receiver.Requests.Select(r => r.Header("X-ClaimTrack-Event")).Order().ShouldBe(["corrected", "published", "retracted", "revised"]);
    }

    [Fact]
    public async Task A_subscription_hears_only_the_events_it_chose()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscription, _) = await WebhookRig.SubscribeAsync(_app, receiver.Address, WebhookEvents.Retracted);

        var story = await new ClaimStories(_app.Writer).PublishedAsync("Choosy Person");
        await story.RetractAsync("The quote was misattributed.");

        (await WebhookRig.SettledAsync(_app, subscription.Id, 1)).ShouldHaveSingleItem().Event.ShouldBe("retracted");
    }

    [Fact]
    public async Task A_receiver_answering_500_then_200_gets_the_same_body_again_and_it_is_delivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync(n => n == 1 ? 500 : 200);
        var (subscription, secret) = await WebhookRig.SubscribeAsync(_app, receiver.Address);

        await new ClaimStories(_app.Writer).PublishedAsync("Retried Person");

        var delivery = (await WebhookRig.SettledAsync(_app, subscription.Id, 1)).ShouldHaveSingleItem();
        delivery.State.ShouldBe(DeliveryState.Delivered);
        delivery.Attempts.Select(a => a.StatusCode).ShouldBe([500, 200]);
        receiver.Requests.Count.ShouldBe(2);
        receiver.Requests[1].Body.ShouldBe(receiver.Requests[0].Body);
        receiver.Requests.Select(r => r.Header("X-ClaimTrack-Delivery")).Distinct().ShouldBe([delivery.Id.ToString()]);
        WebhookSignature.Verifies(receiver.Requests[1].Body, secret, receiver.Requests[1].Header("X-ClaimTrack-Signature")).ShouldBeTrue();
        // Back-off: the retry waited for its turn (0.2 s, less a fifth at most), not sent in the same breath. Measured
        // between the sender's own start times: the receiver's arrival times also hold the first request's transit.
        (delivery.Attempts[1].At - delivery.Attempts[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(160));
    }

    [Fact]
    public async Task A_dead_receiver_ends_failed_after_the_limit_and_can_be_sent_again()
    {
        var (subscription, _) = await WebhookRig.SubscribeAsync(_app, WebhookReceiver.DeadAddress());

        await new ClaimStories(_app.Writer).PublishedAsync("Unheard Person");

        var delivery = (await WebhookRig.SettledAsync(_app, subscription.Id, 1)).ShouldHaveSingleItem();
        (delivery.State, delivery.Tries, delivery.Attempts.Count).ShouldBe((DeliveryState.Failed, 3, 3));
        delivery.Attempts.ShouldAllBe(a => a.StatusCode == null && a.Error!.Contains("refused", StringComparison.OrdinalIgnoreCase));

        await _app.Services.GetRequiredService<WebhookSubscriptions>().SendAgainAsync(delivery.Id);

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), async () =>
            (await WebhookRig.DeliveriesAsync(_app, subscription.Id)).Single() is { State: DeliveryState.Failed, Attempts.Count: 6 },
            "sent again: three more tries, then failed again", TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public async Task Drafts_and_changes_waiting_for_review_deliver_nothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscription, _) = await WebhookRig.SubscribeAsync(_app, receiver.Address);

        var draft = await new ClaimStories(_app.Writer).RegisterAsync("Draft Person");
        await draft.AttachEvidenceAsync();
        await draft.ProposeAsync();
        await draft.ApproveAsync();
        var published = await new ClaimStories(_app.Writer).PublishedAsync("Public Person");
        await published.ProposeCorrectionAsync("Turnout was 71%.", "The table says 71%.", "Typo.");
        await published.ProposeAsync("misleading", "A revision nobody approved yet.", Guid.NewGuid());
        // A marker published last: once its delivery has arrived, anything the drafts had stored would have too.
        var marker = await new ClaimStories(_app.Writer) { Statement = "The marker claim." }.PublishedAsync("Marker Person");

        var deliveries = await WebhookRig.SettledAsync(_app, subscription.Id, 2);
        deliveries.Select(d => (d.ClaimId, d.Event)).ShouldBe([(published.ClaimId, "published"), (marker.ClaimId, "published")]);
        receiver.Requests.Select(r => WebhookPayload.Read(r.Text)!.ClaimId).ShouldBe([published.ClaimId, marker.ClaimId], ignoreOrder: true);
    }

    [Fact]
    public async Task A_test_ping_is_signed_and_logged_like_any_delivery()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscription, secret) = await WebhookRig.SubscribeAsync(_app, receiver.Address, WebhookEvents.Corrected);

        await _app.Services.GetRequiredService<WebhookSubscriptions>().PingAsync(subscription.Id);

        var delivery = (await WebhookRig.SettledAsync(_app, subscription.Id, 1)).ShouldHaveSingleItem();
        (delivery.Event, delivery.State, delivery.Attempts.Single().StatusCode).ShouldBe(("ping", DeliveryState.Delivered, (int?)200));
        var request = receiver.Requests.ShouldHaveSingleItem();
        WebhookSignature.Verifies(request.Body, secret, request.Header("X-ClaimTrack-Signature")).ShouldBeTrue();
        WebhookPayload.Read(request.Text)!.ClaimId.ShouldBeNull();
    }

    [Fact]
    public async Task A_rotated_secret_signs_from_then_on_and_the_old_one_no_longer_verifies()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var (subscription, old) = await WebhookRig.SubscribeAsync(_app, receiver.Address);
        var service = _app.Services.GetRequiredService<WebhookSubscriptions>();

        var rotated = await service.RotateSecretAsync(subscription.Id, subscription.Version, WebhookRig.Admin);
        await service.PingAsync(subscription.Id);

        await WebhookRig.SettledAsync(_app, subscription.Id, 1);
        var request = receiver.Requests.ShouldHaveSingleItem();
        WebhookSignature.Verifies(request.Body, rotated, request.Header("X-ClaimTrack-Signature")).ShouldBeTrue();
        WebhookSignature.Verifies(request.Body, old, request.Header("X-ClaimTrack-Signature")).ShouldBeFalse();
        (await service.ListAsync()).Single().Changes.Select(c => c.What).ShouldBe(["registered for published, revised, corrected, retracted", "rotated the secret"]);
        // The version the Admin saw is gone: a second rotation from the same page is refused, not silently applied.
        await Should.ThrowAsync<WebhookRefused>(() => service.RotateSecretAsync(subscription.Id, subscription.Version, WebhookRig.Admin));
    }
}
