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

    [Theory]
    [InlineData("as it stands")]
    [InlineData("after an edit")]
    [InlineData("after a retraction")]
    public void A_claim_is_published_directly_only_once(string when)
    {
        object[] history = when switch
        {
            "as it stands" => PublishedHistory(),
            "after an edit" => [.. PublishedHistory(), EvidenceAttached(Guid.NewGuid(), "Final table")],
            _ => RetractedHistory(),
        };

        var act = () => When(Given(history), new PublishClaim(), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("already public");
    }

    [Fact]
    public void A_retraction_needs_a_reason_and_is_only_proposed()
    {
        var claim = Given(PublishedHistory());

        Should.Throw<ClaimInputInvalid>(() => When(claim, new RetractClaim(""), Editor)).Errors.Keys.ShouldBe(["Reason"]);
        var proposed = When(claim, new RetractClaim("  Misattributed quote. ", ChangeId), Editor).ShouldHaveSingleItem().ShouldBeOfType<PublicChangeProposed>();
        (proposed.ChangeId, proposed.Kind, proposed.Reason, proposed.By, proposed.At).ShouldBe(
            (ChangeId, PublicChangeKind.Retraction, "Misattributed quote.", Editor, Now));
        (proposed.Content, proposed.Summary, proposed.Reasoning).ShouldBe((null, null, null));
    }

    [Fact]
    public void An_approved_retraction_carries_what_it_withdraws_and_both_editors()
    {
        var history = PublishedHistory();

        var retracted = RetractedHistory("Misattributed quote.")[^1].ShouldBeOfType<ClaimRetracted>();

        retracted.Reason.ShouldBe("Misattributed quote.");
        retracted.Withdrawn.ShouldBeEquivalentTo(Given(history).LastPublished);
        (retracted.ProposedBy, retracted.By).ShouldBe((Editor, OtherEditor));
    }

    [Fact]
    public void Only_a_published_claim_can_be_retracted()
    {
        var act = () => When(Given(Approvable()), new RetractClaim("Why not"), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Only a published claim");
    }

    [Fact]
    public void An_update_after_a_retraction_publishes_again_and_starts_counting_afresh()
    {
        var events = Reviewed(RetractedHistory(), Update("The quote was confirmed.") with { ChangeId = Guid.NewGuid() });

        var republished = events[^1].ShouldBeOfType<ClaimPublished>();
        republished.Previous.ShouldBeNull();
        republished.Content.Timeline.Select(t => t.Kind).ShouldBe([TimelineEntryKind.Verdict, TimelineEntryKind.Retraction, TimelineEntryKind.Update]);
    }

    [Fact]
    public void No_publication_once_all_evidence_was_withdrawn()
    {
        var act = () => When(Given([.. Approvable(), EvidenceWithdrawn()]), new PublishClaim(), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("withdrawn");
    }

    [Fact]
    public void A_retracted_claim_cannot_be_retracted_again()
    {
        var act = () => When(Given(RetractedHistory()), new RetractClaim("Again."), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Only a published claim");
    }

    [Fact]
    public void A_second_retraction_waits_until_the_first_proposal_is_reviewed()
    {
        var act = () => When(Given(Proposing(PublishedHistory(), new RetractClaim("Misattributed.", ChangeId), Editor)), new RetractClaim("Again."), OtherEditor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("already waiting for review");
    }
}
