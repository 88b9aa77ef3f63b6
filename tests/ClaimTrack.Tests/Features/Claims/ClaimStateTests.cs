using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Verdicts;
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

    [Fact]
    public void Edits_before_the_first_publication_are_not_unpublished_changes()
    {
        var claim = Given([.. Approvable(), EvidenceAttached(Guid.NewGuid(), "Census table")]);

        claim.HasUnpublishedChanges.ShouldBeFalse();
    }

    [Theory]
    [InlineData("edit")]
    [InlineData("retag")]
    [InlineData("appearance")]
    [InlineData("withdrawal")]
    public void Any_edit_of_a_published_claim_waits_for_the_next_publication(string change)
    {
        var claim = Given(PublishedHistory());
        object e = change switch
        {
            "edit" => new ClaimTextEdited(ClaimId, "Turnout was a record.", false, null, "en", Editor, Now),
            "retag" => new ClaimRetagged(ClaimId, ["Polling"], [], Editor, Now),
            "appearance" => new AppearanceRecorded(ClaimId, new Appearance(Guid.NewGuid(), "Radio Uno", null, new DateOnly(2025, 3, 5), null, false), Editor, Now),
            _ => new EvidenceWithdrawn(ClaimId, EvidenceId, "Superseded.", Editor, Now),
        };

        claim.Replay(e);

        (claim.HasUnpublishedChanges, claim.Status, claim.UpdatedAt).ShouldBe((true, ClaimStatus.Published, Now));
    }

    [Fact]
    public void An_edit_of_a_retracted_claim_is_an_unpublished_change_too()
    {
        var claim = Given(RetractedHistory());

        claim.Replay(new ClaimantChanged(ClaimId, claim.Claimant, claim.Claimant with { Affiliation = null }, Editor, Now));

        claim.HasUnpublishedChanges.ShouldBeTrue();
    }

    [Fact]
    public void Republishing_keeps_the_first_publication_date_and_moves_last_published()
    {
        var history = PublishedHistory();
        var firstPublishedAt = Given(history).FirstPublishedAt;
        var claim = Given([.. history, EvidenceAttached(Guid.NewGuid(), "Census table")]);

        claim.Replay(When(claim, new PublishClaim(), Editor).Single());

        firstPublishedAt.ShouldBe(Now.AddHours(-12));
        claim.FirstPublishedAt.ShouldBe(firstPublishedAt);
        claim.LastPublished.ShouldNotBeNull().Rating.ShouldBe("false");
    }

    [Fact]
    public void Replaying_counts_versions_and_refuses_events_that_do_not_belong_to_an_existing_claim()
    {
        var claim = Given(Approvable());

        claim.Version.ShouldBe(4);
        Should.Throw<ArgumentException>(() => claim.Replay(Registered()));
    }
}
