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
        Given(PublishedHistory()).Status.ShouldBe(ClaimStatus.Published);
        // A proposed retraction changes nothing for readers until another editor approves it.
        Given(Proposing(PublishedHistory(), new RetractClaim("Misattributed.", ChangeId), Editor)).Status.ShouldBe(ClaimStatus.Published);

        var retracted = Given(RetractedHistory());
        (retracted.Status, retracted.RetractionReason, retracted.PendingChange).ShouldBe((ClaimStatus.Retracted, "Misattributed.", null));

        var back = Given(Reviewed(RetractedHistory(), Update("The quote was confirmed.") with { ChangeId = Guid.NewGuid() }));
        back.Status.ShouldBe(ClaimStatus.Published);
        back.RetractionReason.ShouldBeNull();
    }

    [Fact]
    public void An_edit_after_publication_is_an_unpublished_change_until_an_update_is_approved()
    {
        var edited = Given([.. PublishedHistory(), EvidenceAttached(Guid.NewGuid(), "New table")]);
        edited.HasUnpublishedChanges.ShouldBeTrue();

        var waiting = Given(Proposing([.. PublishedHistory(), EvidenceAttached(Guid.NewGuid(), "New table")], Update()));
        waiting.HasUnpublishedChanges.ShouldBeTrue();
        waiting.PendingChange.ShouldNotBeNull().Kind.ShouldBe(PublicChangeKind.Update);

        var approved = Given(Reviewed([.. PublishedHistory(), EvidenceAttached(Guid.NewGuid(), "New table")], Update()));
        (approved.HasUnpublishedChanges, approved.PendingChange).ShouldBe((false, null));
        approved.Shown.ShouldNotBeNull().Evidence.Count.ShouldBe(2);
    }

    [Fact]
    public void The_timeline_keeps_verdict_revision_correction_update_and_retraction_in_order_with_who_and_why()
    {
        var revision = Guid.NewGuid();
        object[] revised = [.. PublishedHistory(), Proposed(revision, "misleading", "Final figures."), Approved(revision, "misleading", "Final figures.")];
        var corrected = Reviewed(revised, new IssueCorrection("Fixed summary.", "Fixed reasoning.", "Typo", Guid.NewGuid()), Editor);
        var updated = Reviewed([.. corrected, Reworded()], Update("Closer to the quote.") with { ChangeId = Guid.NewGuid() });
        var claim = Given(Reviewed(updated, new RetractClaim("Misattributed.", Guid.NewGuid()), Editor));

        claim.Timeline.Select(t => (t.Kind, t.Reason)).ShouldBe([
            (TimelineEntryKind.Verdict, (string?)null), (TimelineEntryKind.Revision, "Final figures."),
            (TimelineEntryKind.Correction, "Typo"), (TimelineEntryKind.Update, "Closer to the quote."),
            (TimelineEntryKind.Retraction, "Misattributed."),
        ]);
        claim.Timeline[^1].By.ShouldBe(OtherEditor);
        claim.Timeline.ShouldAllBe(t => !t.Unreviewed);
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
    public void An_approved_update_keeps_the_first_publication_date_and_moves_last_published()
    {
        var history = PublishedHistory();
        var firstPublishedAt = Given(history).FirstPublishedAt;

        var claim = Given(Reviewed([.. history, new ClaimRetagged(ClaimId, ["Polling"], [], Reporter, Now.AddHours(-10))], Update()));

        firstPublishedAt.ShouldBe(Now.AddHours(-12));
        claim.FirstPublishedAt.ShouldBe(firstPublishedAt);
        claim.LastPublished.ShouldNotBeNull().TopicSlugs.ShouldBe(["elections", "polling"]);
    }

    [Fact]
    public void Replaying_counts_versions_and_refuses_events_that_do_not_belong_to_an_existing_claim()
    {
        var claim = Given(Approvable());

        claim.Version.ShouldBe(4);
        Should.Throw<ArgumentException>(() => claim.Replay(Registered()));
    }
}
