using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Verdicts;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.ReadModels;

/// <summary>What each event does to the reader's listings of updates (home page, corrections log, feeds).</summary>
public sealed class VerdictUpdateProjectionTests
{
    [Fact]
    public void A_first_publication_lists_its_verdict_under_a_stable_id()
    {
        var published = Published(Given(Approvable()));

        var change = VerdictUpdateProjection.ChangeFor(ClaimId, published, shown: null);

        change.RemoveClaim.ShouldBeFalse();
        var update = change.Store.ShouldHaveSingleItem();
        (update.Kind, update.Rating, update.Summary, update.ByName).ShouldBe((TimelineEntryKind.Verdict, "false", Text().Summary, Editor.Name));
        (update.ClaimId, update.Statement, update.ClaimantSlug, update.At).ShouldBe((ClaimId, Registered().Statement, "ana-ruiz", Now.AddDays(-1)));
        update.ClaimSlug.ShouldBe("turnout-was-the-highest-in-forty-years");
        update.Id.ShouldBe(VerdictUpdate.IdFor(ClaimId, published.Content.Timeline[0]));
    }

    [Fact]
    public void A_republication_after_a_revision_stores_every_step_again_under_the_same_ids()
    {
        var revision = Guid.NewGuid();
        var first = Published(Given(Approvable()));
        var revised = Given([.. PublishedHistory(), Proposed(revision, "misleading", "Final figures.")]);
        // Approving a revision of a published claim publishes it in the same step.
        var republished = When(revised, new ApproveVerdict(revision), Editor).OfType<ClaimPublished>().Single();

        var again = VerdictUpdateProjection.ChangeFor(ClaimId, republished, Shown(first));

        again.RemoveClaim.ShouldBeFalse();
        again.Store.Select(u => (u.Kind, u.Rating, u.Reason)).ShouldBe(
            [(TimelineEntryKind.Verdict, "false", null), (TimelineEntryKind.Revision, "misleading", "Final figures.")]);
        again.Store[0].Id.ShouldBe(VerdictUpdateProjection.ChangeFor(ClaimId, first, null).Store[0].Id);
    }

    [Fact]
    public void A_correction_on_a_shown_claim_is_listed_with_the_rating_readers_see()
    {
        var shown = Shown(Published(Given(Approvable())));

        var change = VerdictUpdateProjection.ChangeFor(ClaimId, Correction("Typo in the figure."), shown);

        change.RemoveClaim.ShouldBeFalse();
        var update = change.Store.ShouldHaveSingleItem();
        (update.Kind, update.Rating, update.Summary, update.Reason).ShouldBe(
            (TimelineEntryKind.Correction, "false", "Turnout was 71%, not 81%.", "Typo in the figure."));
    }

    [Fact]
    public void A_correction_readers_cannot_see_lists_nothing()
    {
        var retracted = Shown(RetractedHistory());

        VerdictUpdateProjection.ChangeFor(ClaimId, Correction(), shown: null).ShouldBe(VerdictUpdateChange.None);
        VerdictUpdateProjection.ChangeFor(ClaimId, Correction(), retracted).ShouldBe(VerdictUpdateChange.None);
    }

    [Fact]
    public void A_retraction_removes_the_claims_updates_and_keeps_only_its_notice()
    {
        var retraction = RetractedHistory("Misattributed.")[^1];

        var change = VerdictUpdateProjection.ChangeFor(ClaimId, retraction, Shown(PublishedHistory()));

        change.RemoveClaim.ShouldBeTrue();
        var notice = change.Store.ShouldHaveSingleItem();
        (notice.Kind, notice.Rating, notice.Reason, notice.ByName).ShouldBe((TimelineEntryKind.Retraction, (string?)null, "Misattributed.", OtherEditor.Name));
        notice.Unreviewed.ShouldBeFalse();
        notice.Statement.ShouldBe(Registered().Statement);
    }

    [Fact]
    public void A_republication_after_a_retraction_lists_the_verdict_again_beside_the_notice()
    {
        var history = RetractedHistory();
        var republished = Reviewed(history, Update("The quote was confirmed.") with { ChangeId = Guid.NewGuid() })[^1];

        var change = VerdictUpdateProjection.ChangeFor(ClaimId, republished, Shown(history));

        change.RemoveClaim.ShouldBeFalse();
        change.Store.Select(u => u.Kind).ShouldBe([TimelineEntryKind.Verdict, TimelineEntryKind.Retraction, TimelineEntryKind.Update]);
    }

    [Fact]
    public void Desk_work_and_a_retraction_of_an_unseen_claim_change_no_listing()
    {
        object[] deskWork =
        [
            Registered(), EvidenceAttached(), Proposed(), Approved(), new VerdictSentBack(ClaimId, VerdictId, "No.", Editor, Now),
            Proposing(PublishedHistory(), new RetractClaim("Misattributed.", ChangeId), Editor)[^1],
            new PublicChangeSentBack(ClaimId, ChangeId, "Keep it up.", OtherEditor, Now),
        ];

        deskWork.Select(e => VerdictUpdateProjection.ChangeFor(ClaimId, e, Shown(Published(Given(Approvable())))))
            .ShouldAllBe(change => change == VerdictUpdateChange.None);
        VerdictUpdateProjection.ChangeFor(ClaimId, RetractedHistory()[^1], shown: null).ShouldBe(VerdictUpdateChange.None);
    }

    [Fact]
    public void An_approved_update_is_listed_with_its_changes_and_whether_it_is_of_substance()
    {
        var withdrawn = Reviewed([.. PublishedHistory(), .. SourceReplaced("Broken link.")], Update())[^1];
        var retagged = Reviewed([.. PublishedHistory(), new ClaimRetagged(ClaimId, ["Polling"], [], Reporter, Now.AddHours(-10))], Update())[^1];

        var update = VerdictUpdateProjection.ChangeFor(ClaimId, withdrawn, Shown(PublishedHistory())).Store[^1];
        (update.Kind, update.Reason, update.Substantive, update.Unreviewed).ShouldBe((TimelineEntryKind.Update, "The statement now quotes the interview.", true, false));
        update.Changes.ShouldBe(["evidence withdrawn: Official turnout figures, Broken link.", "evidence added: Census table"]);
        VerdictUpdateProjection.ChangeFor(ClaimId, retagged, Shown(PublishedHistory())).Store[^1].Substantive.ShouldBeFalse();
    }
}
