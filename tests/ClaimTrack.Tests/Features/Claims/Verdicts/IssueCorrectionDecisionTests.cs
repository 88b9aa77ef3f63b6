using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Verdicts;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Verdicts;

public sealed class IssueCorrectionDecisionTests
{
    [Fact]
    public void A_correction_changes_the_words_and_keeps_the_rating()
    {
        var claim = Given(PublishedHistory());

        var correction = (CorrectionIssued)When(claim, new IssueCorrection("Not a 40-year record.", "Turnout was **71%**.", "Wording"), Editor).Single();
        claim.Apply(correction);

        claim.Current!.Verdict.ShouldBe(new VerdictText("false", "Not a 40-year record.", "Turnout was **71%**."));
        claim.Timeline[^1].Kind.ShouldBe(TimelineEntryKind.Correction);
        claim.Timeline[^1].Reason.ShouldBe("Wording");
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
        var claim = Given([.. PublishedHistory(), Proposed(revision, "misleading", "Final figures."), Approved(revision, "misleading", "Final figures.")]);

        var correction = (CorrectionIssued)When(claim, new IssueCorrection(" Fixed summary. ", "Fixed reasoning.", " Typo "), Editor).Single();

        (correction.VerdictId, correction.Summary, correction.Note).ShouldBe((revision, "Fixed summary.", "Typo"));
    }
}
