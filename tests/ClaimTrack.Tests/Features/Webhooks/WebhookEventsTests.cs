using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Features.Webhooks;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Webhooks;

/// <summary>Which stored events a subscriber hears of, under which name, and which subscriptions want them.</summary>
public sealed class WebhookEventsTests
{
    private static IReadOnlyList<object> Approving(object[] history, Guid verdictId) =>
        ClaimCommands.Decide(Given(history), new ApproveVerdict(verdictId, AndPublish: true), Scale, Newsroom, Editor, Now);

    [Fact]
    public void A_first_publication_is_published_and_the_desk_work_before_it_is_nothing()
    {
        var history = PublishedHistory();

        history.Select(WebhookEvents.Of).ShouldBe([null, null, null, null, WebhookEvents.Published]);
    }

    [Fact]
    public void An_approved_revision_of_a_public_claim_is_revised()
    {
        var revision = Guid.NewGuid();
        var events = Approving([.. PublishedHistory(), Proposed(revision, "misleading", "New figures.")], revision);

        events.Select(WebhookEvents.Of).ShouldBe([null, WebhookEvents.Revised]);
    }

    [Fact]
    public void An_approved_update_is_revised_a_correction_corrected_a_retraction_retracted()
    {
        WebhookEvents.Of(Reviewed([.. PublishedHistory(), Reworded()], Update())[^1]).ShouldBe(WebhookEvents.Revised);
        WebhookEvents.Of(Correction()).ShouldBe(WebhookEvents.Corrected);
        WebhookEvents.Of(RetractedHistory()[^1]).ShouldBe(WebhookEvents.Retracted);
    }

    [Fact]
    public void Proposals_waiting_for_review_are_nothing()
    {
        Proposing(PublishedHistory(), new RetractClaim("Misattributed.", ChangeId), Editor)[^1].ShouldBeOfType<PublicChangeProposed>();

        WebhookEvents.Of(Proposing(PublishedHistory(), new RetractClaim("Misattributed.", ChangeId), Editor)[^1]).ShouldBeNull();
        WebhookEvents.Of(Proposed()).ShouldBeNull();
    }

    [Fact]
    public void A_claim_published_again_after_a_retraction_is_published()
    {
        var back = Reviewed(RetractedHistory(), Update("Attribution confirmed."));

        WebhookEvents.Of(back[^1]).ShouldBe(WebhookEvents.Published);
    }

    [Theory]
    [InlineData("published", true, true)]
    [InlineData("retracted", true, false)]
    [InlineData("published", false, false)]
    public void A_subscription_wants_the_kinds_it_chose_while_enabled(string kind, bool enabled, bool wanted)
    {
        var subscription = new WebhookSubscription { Events = [WebhookEvents.Published, WebhookEvents.Corrected], Enabled = enabled };

        WebhookEvents.Wants(subscription, kind).ShouldBe(wanted);
    }
}
