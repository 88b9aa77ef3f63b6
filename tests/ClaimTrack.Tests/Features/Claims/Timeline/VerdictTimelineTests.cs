using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Timeline;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Timeline;

public sealed class VerdictTimelineTests
{
    [Fact]
    public void A_first_approval_is_a_verdict_with_its_rating_and_summary()
    {
        var entry = VerdictTimeline.EntryFor(Approved())!;

        entry.ShouldBe(new TimelineEntry(TimelineEntryKind.Verdict, VerdictId, "false", Text().Summary, null, Editor, Now.AddDays(-1)));
    }

    [Fact]
    public void An_approval_with_a_reason_is_a_revision_that_keeps_the_reason()
    {
        var entry = VerdictTimeline.EntryFor(Approved(rating: "misleading", revisionReason: "Final figures."))!;

        (entry.Kind, entry.Rating, entry.Reason).ShouldBe((TimelineEntryKind.Revision, "misleading", "Final figures."));
    }

    [Fact]
    public void A_correction_keeps_its_note_as_the_reason_and_names_no_new_rating()
    {
        var entry = VerdictTimeline.EntryFor(new CorrectionIssued(ClaimId, VerdictId, "Fixed.", "Fixed reasoning.", "Typo", Editor, Now))!;

        (entry.Kind, entry.VerdictId, entry.Rating, entry.Summary, entry.Reason).ShouldBe(
            (TimelineEntryKind.Correction, (Guid?)VerdictId, (string?)null, (string?)"Fixed.", (string?)"Typo"));
    }

    [Fact]
    public void A_retraction_keeps_its_reason_and_who_retracted()
    {
        var entry = VerdictTimeline.EntryFor(new ClaimRetracted(ClaimId, "Misattributed.", new("ana-ruiz", ["elections"], "false"), OtherEditor, Now))!;

        (entry.Kind, entry.Reason, entry.By).ShouldBe((TimelineEntryKind.Retraction, "Misattributed.", OtherEditor));
    }

    [Fact]
    public void Proposals_send_backs_evidence_and_publications_are_not_on_the_timeline()
    {
        var published = Given(PublishedHistory());
        object[] events =
        [
            Proposed(), new VerdictSentBack(ClaimId, VerdictId, "No.", Editor, Now), EvidenceAttached(), Registered(),
            Published(Given(Approvable())),
        ];

        events.Select(VerdictTimeline.EntryFor).ShouldAllBe(entry => entry == null);
        published.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineEntryKind.Verdict);
    }
}
