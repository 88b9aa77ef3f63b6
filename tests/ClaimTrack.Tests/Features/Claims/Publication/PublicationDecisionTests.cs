using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Timeline;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Publication;

public sealed class PublicationDecisionTests
{
    [Fact]
    public void No_publication_without_an_approved_verdict()
    {
        var act = () => When(Given(Registered(), EvidenceAttached(), Proposed()), new PublishClaim(), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("approved");
    }

    [Fact]
    public void Publication_freezes_what_readers_see_without_withdrawn_evidence()
    {
        var second = Guid.NewGuid();
        var claim = Given(Registered("Ana Ruiz", "Elections", "Turnout"), EvidenceAttached(), EvidenceAttached(second, "Old table"),
            EvidenceWithdrawn(second), Proposed(), Approved());

        var published = (ClaimPublished)When(claim, new PublishClaim(), Editor).Single();

        published.Content.Evidence.ShouldHaveSingleItem().Id.ShouldBe(EvidenceId);
        published.Content.Verdict.Rating.ShouldBe("false");
        var facets = published.Content.Facets;
        (facets.ClaimantSlug, facets.Rating).ShouldBe(("ana-ruiz", "false"));
        facets.TopicSlugs.ShouldBe(["elections", "turnout"]);
        published.Previous.ShouldBeNull();
    }

    [Fact]
    public void A_published_claim_with_no_changes_cannot_be_published_again()
    {
        var act = () => When(Given(PublishedHistory()), new PublishClaim(), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("nothing has changed");
    }

    [Fact]
    public void After_an_edit_a_published_claim_is_republished_moving_its_previous_facets()
    {
        var claim = Given([.. PublishedHistory(), EvidenceAttached(Guid.NewGuid(), "Final table")]);

        var republished = (ClaimPublished)When(claim, new PublishClaim(), Editor).Single();

        republished.Previous.ShouldBe(claim.LastPublished);
        republished.Content.Evidence.Count.ShouldBe(2);
    }

    [Fact]
    public void Retraction_needs_a_reason_and_carries_what_it_withdraws()
    {
        var claim = Given(PublishedHistory());

        Should.Throw<ClaimInputInvalid>(() => When(claim, new RetractClaim(""), Editor)).Errors.Keys.ShouldBe(["Reason"]);
        var retracted = (ClaimRetracted)When(claim, new RetractClaim("Misattributed quote."), Editor).Single();
        retracted.Withdrawn.ShouldBe(claim.LastPublished);
    }

    [Fact]
    public void Only_a_published_claim_can_be_retracted()
    {
        var act = () => When(Given(Approvable()), new RetractClaim("Why not"), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Only a published claim");
    }

    [Fact]
    public void Republishing_after_a_retraction_starts_counting_afresh()
    {
        var history = PublishedHistory();
        var retracted = (ClaimRetracted)When(Given(history), new RetractClaim("Misattributed."), Editor).Single();
        var claim = Given([.. history, retracted]);

        var republished = (ClaimPublished)When(claim, new PublishClaim(), Editor).Single();

        republished.Previous.ShouldBeNull();
        republished.Content.Timeline.Select(t => t.Kind).ShouldBe([TimelineEntryKind.Verdict, TimelineEntryKind.Retraction]);
    }

    [Fact]
    public void No_publication_once_all_evidence_was_withdrawn()
    {
        var act = () => When(Given([.. Approvable(), EvidenceWithdrawn()]), new PublishClaim(), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("withdrawn");
    }

    [Fact]
    public void A_pending_revision_is_not_a_change_readers_can_be_shown()
    {
        var act = () => When(Given([.. PublishedHistory(), Proposed(Guid.NewGuid(), "misleading", "Final figures.")]), new PublishClaim(), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("nothing has changed");
    }

    [Fact]
    public void A_retracted_claim_cannot_be_retracted_again()
    {
        var act = () => When(Given(RetractedHistory()), new RetractClaim("Again."), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Only a published claim");
    }

    [Fact]
    public void A_retraction_keeps_the_reason_trimmed_and_the_person_who_retracted()
    {
        var retracted = (ClaimRetracted)When(Given(PublishedHistory()), new RetractClaim("  Misattributed quote. "), OtherEditor).Single();

        (retracted.Reason, retracted.By, retracted.At).ShouldBe(("Misattributed quote.", OtherEditor, Now));
    }
}
