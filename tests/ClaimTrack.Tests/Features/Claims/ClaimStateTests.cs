using ClaimTrack.Web.Features.Claims;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims;

public sealed class ClaimStateTests
{
    [Fact]
    public void A_claim_moves_from_draft_to_review_to_published_to_retracted_and_back()
    {
        Given(Registered()).Status.ShouldBe(ClaimStatus.Draft);
        Given(Registered(), EvidenceAttached(), Proposed()).Status.ShouldBe(ClaimStatus.InReview);
        var published = Given(PublishedHistory());
        published.Status.ShouldBe(ClaimStatus.Published);

        published.Apply((ClaimRetracted)When(published, new RetractClaim("Misattributed."), Editor).Single());
        published.Status.ShouldBe(ClaimStatus.Retracted);
        published.RetractionReason.ShouldBe("Misattributed.");

        published.Apply((ClaimPublished)When(published, new PublishClaim(), Editor).Single());
        published.Status.ShouldBe(ClaimStatus.Published);
        published.RetractionReason.ShouldBeNull();
    }

    [Fact]
    public void An_edit_after_publication_is_an_unpublished_change_until_the_next_publication()
    {
        var claim = Given(PublishedHistory());
        claim.HasUnpublishedChanges.ShouldBeFalse();

        claim.Apply(EvidenceAttached(Guid.NewGuid(), "New table"));
        claim.HasUnpublishedChanges.ShouldBeTrue();

        claim.Apply((ClaimPublished)When(claim, new PublishClaim(), Editor).Single());
        claim.HasUnpublishedChanges.ShouldBeFalse();
    }

    [Fact]
    public void The_timeline_keeps_verdict_revision_correction_and_retraction_in_order_with_who_and_why()
    {
        var revision = Guid.NewGuid();
        var claim = Given([.. PublishedHistory(), Proposed(revision, "misleading", "Final figures."), Approved(revision, "misleading", "Final figures.")]);
        claim.Apply((CorrectionIssued)When(claim, new IssueCorrection("Fixed summary.", "Fixed reasoning.", "Typo"), Editor).Single());
        claim.Apply((ClaimRetracted)When(claim, new RetractClaim("Misattributed."), OtherEditor).Single());

        claim.Timeline.Select(t => (t.Kind, t.Reason)).ShouldBe([
            (TimelineEntryKind.Verdict, (string?)null), (TimelineEntryKind.Revision, "Final figures."),
            (TimelineEntryKind.Correction, "Typo"), (TimelineEntryKind.Retraction, "Misattributed."),
        ]);
        claim.Timeline[^1].By.ShouldBe(OtherEditor);
    }
}
