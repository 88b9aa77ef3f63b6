using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Verdicts;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Verdicts;

public sealed class IssueCorrectionDecisionTests
{
    private static readonly IssueCorrection Wording = new("Not a 40-year record.", "Turnout was **71%**.", "Wording", ChangeId);

    [Fact]
    public void A_correction_is_proposed_and_readers_keep_the_old_words_until_it_is_approved()
    {
        var claim = Given(PublishedHistory());

        var proposed = When(claim, Wording, Editor).ShouldHaveSingleItem().ShouldBeOfType<PublicChangeProposed>();
        claim.Apply(proposed);

        (proposed.Kind, proposed.Summary, proposed.Reasoning, proposed.Reason).ShouldBe(
            (PublicChangeKind.Correction, "Not a 40-year record.", "Turnout was **71%**.", "Wording"));
        claim.Current!.Verdict.ShouldBe(Text());
        claim.Shown!.Verdict.Summary.ShouldBe(Text().Summary);
        claim.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineEntryKind.Verdict);
    }

    [Fact]
    public void An_approved_correction_changes_the_words_and_keeps_the_rating()
    {
        var claim = Given(Reviewed(PublishedHistory(), Wording, Editor));

        claim.Current!.Verdict.ShouldBe(new VerdictText("false", "Not a 40-year record.", "Turnout was **71%**."));
        claim.Shown!.Verdict.Summary.ShouldBe("Not a 40-year record.");
        (claim.Timeline[^1].Kind, claim.Timeline[^1].Reason, claim.Timeline[^1].By).ShouldBe((TimelineEntryKind.Correction, "Wording", OtherEditor));
    }

    [Fact]
    public void Only_the_verdict_of_a_published_claim_is_corrected_and_one_change_waits_at_a_time()
    {
        var draft = () => When(Given(Approvable()), Wording, Editor);
        var second = () => When(Given(Proposing([.. PublishedHistory(), Reworded()], Update(), Reporter)), Wording, Editor);

        draft.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("published claim");
        second.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("already waiting for review");
    }

    [Fact]
    public void A_correction_needs_a_note()
    {
        var act = () => When(Given(PublishedHistory()), new IssueCorrection("Not a 40-year record.", "Turnout.", ""), Editor);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Note"]);
    }

    [Fact]
    public void A_correction_that_changes_nothing_is_refused()
    {
        var act = () => When(Given(PublishedHistory()), new IssueCorrection(Text().Summary, Text().Reasoning, "Nothing"), Editor);

        act.ShouldThrow<ClaimRuleBroken>();
    }

    [Fact]
    public void There_is_nothing_to_correct_before_a_verdict_is_approved()
    {
        var act = () => When(Given(Registered(), EvidenceAttached(), Proposed()), new IssueCorrection("x", "y", "z"), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no approved verdict");
    }

    [Fact]
    public void A_correction_checks_the_new_words_and_the_note_together()
    {
        var act = () => When(Given(PublishedHistory()), new IssueCorrection("", new string('r', InputLimits.Reasoning + 1), new string('n', InputLimits.Reason + 1)), Editor);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Summary", "Reasoning", "Note"], ignoreOrder: true);
    }

    [Fact]
    public void A_correction_after_a_revision_corrects_the_revised_verdict()
    {
        var revision = Guid.NewGuid();
        object[] revised = [.. PublishedHistory(), Proposed(revision, "misleading", "Final figures."), Approved(revision, "misleading", "Final figures.")];
        var claim = Given(revised);

        var proposed = (PublicChangeProposed)When(claim, new IssueCorrection(" Fixed summary. ", "Fixed reasoning.", " Typo ", ChangeId), Editor).Single();
        var correction = (CorrectionIssued)When(Given([.. revised, proposed]), new ApprovePublicChange(ChangeId), OtherEditor).Single();

        (proposed.Summary, proposed.Reason).ShouldBe(("Fixed summary.", "Typo"));
        (correction.VerdictId, correction.Summary, correction.Note, correction.ProposedBy).ShouldBe((revision, "Fixed summary.", "Typo", Editor));
    }
}
