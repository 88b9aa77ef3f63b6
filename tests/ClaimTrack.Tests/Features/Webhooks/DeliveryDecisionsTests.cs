using ClaimTrack.Web.Features.Webhooks;

namespace ClaimTrack.Tests.Features.Webhooks;

/// <summary>How one delivery moves: claimed for a lease, delivered, retried on schedule, failed, sent again.</summary>
public sealed class DeliveryDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly WebhookOptions Options = new() { FirstRetrySeconds = 30, MaxAttempts = 3, TimeoutSeconds = 10 };

    private static WebhookDelivery Due() => new() { Id = Guid.NewGuid(), State = DeliveryState.Pending, NextAttemptAt = Now };

    private static DeliveryAttempt Answer(int? status, int secondsLater = 0) =>
        new(Now.AddSeconds(secondsLater), status, status is null ? "ConnectionError: refused" : null, 12, "node-a");

    [Fact]
    public void A_claimed_delivery_is_not_due_again_until_its_lease_ends()
    {
        var delivery = Due();

        DeliveryDecisions.Claim(delivery, "node-a", Guid.NewGuid(), Now, Options.Lease);

        DeliveryDecisions.IsDue(delivery, Now.AddSeconds(39)).ShouldBeFalse();
        DeliveryDecisions.IsDue(delivery, Now.AddSeconds(40)).ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => DeliveryDecisions.Claim(delivery, "node-b", Guid.NewGuid(), Now, Options.Lease));
    }

    [Fact]
    public void A_2xx_answer_delivers_it()
    {
        var delivery = Due();
        DeliveryDecisions.Claim(delivery, "node-a", Guid.NewGuid(), Now, Options.Lease);

        DeliveryDecisions.Record(delivery, Answer(204), Options, 0.5);

        (delivery.State, delivery.Tries, delivery.SendingTry).ShouldBe((DeliveryState.Delivered, 1, (Guid?)null));
    }

    [Fact]
    public void Failures_wait_on_the_schedule_and_the_last_allowed_one_fails_it()
    {
        var delivery = Due();

        DeliveryDecisions.Record(delivery, Answer(500), Options, 0.5);
        (delivery.State, delivery.NextAttemptAt).ShouldBe((DeliveryState.Pending, Now.AddSeconds(30)));
        DeliveryDecisions.Record(delivery, Answer(null, 30), Options, 0.5);
        (delivery.State, delivery.NextAttemptAt).ShouldBe((DeliveryState.Pending, Now.AddSeconds(90)));
        DeliveryDecisions.Record(delivery, Answer(302, 90), Options, 0.5);

        delivery.State.ShouldBe(DeliveryState.Failed);
        delivery.Attempts.Select(a => a.StatusCode).ShouldBe([500, null, 302]);
    }

    [Fact]
    public void Sent_again_it_is_due_at_once_with_a_new_round_of_tries_and_its_log_kept()
    {
        var delivery = Due();
        foreach (var _ in Enumerable.Range(0, 3)) DeliveryDecisions.Record(delivery, Answer(503), Options, 0.5);

        DeliveryDecisions.SendAgain(delivery, Now.AddHours(1));

        (delivery.State, delivery.Tries, delivery.Attempts.Count).ShouldBe((DeliveryState.Pending, 0, 3));
        DeliveryDecisions.IsDue(delivery, Now.AddHours(1)).ShouldBeTrue();
        Should.Throw<InvalidOperationException>(() => DeliveryDecisions.SendAgain(delivery, Now));
    }
}
