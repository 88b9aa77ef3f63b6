using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Verdicts;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Verdicts;

public sealed class ProposeVerdictDecisionTests
{
    private static ProposeVerdict Propose(string rating = "false", string? reason = null, string summary = "Not a record.") =>
        new(Guid.NewGuid(), rating, summary, "Turnout was **71%**.", reason);

    [Fact]
    public void A_verdict_is_proposed_when_standing_evidence_exists()
    {
        var claim = Given(Registered(), EvidenceAttached());

        var proposed = When(claim, Propose()).ShouldHaveSingleItem().ShouldBeOfType<VerdictProposed>();

        proposed.Verdict.ShouldBe(new VerdictText("false", "Not a record.", "Turnout was **71%**."));
        proposed.RevisionReason.ShouldBeNull();
    }

    [Fact]
    public void No_verdict_without_evidence()
    {
        var act = () => When(Given(Registered()), Propose());

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("at least one piece of evidence");
    }

    [Fact]
    public void Withdrawn_evidence_does_not_count()
    {
        var act = () => When(Given(Registered(), EvidenceAttached(), EvidenceWithdrawn()), Propose());

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("not withdrawn");
    }

    [Theory]
    [InlineData("pants-on-fire")]
    [InlineData("")]
    public void A_rating_not_on_the_scale_is_refused(string rating)
    {
        var act = () => When(Given(Registered(), EvidenceAttached()), Propose(rating));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Rating"]);
    }

    [Fact]
    public void A_retired_rating_is_refused()
    {
        var claim = Given(Registered(), EvidenceAttached());
        var scale = Web.Features.Claims.Ratings.RatingScale.Default();
        scale.Ratings[0] = scale.Ratings[0] with { Retired = true };

        var act = () => ProposeVerdictDecision.Decide(claim, Propose("true"), scale, Reporter, Now);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Rating"]);
    }

    [Fact]
    public void A_summary_must_be_one_short_line_and_reasoning_is_required()
    {
        var act = () => When(Given(Registered(), EvidenceAttached()), new ProposeVerdict(Guid.NewGuid(), "false", "one\ntwo", " ", null));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Summary", "Reasoning"], ignoreOrder: true);
    }

    [Fact]
    public void Only_one_proposal_waits_at_a_time()
    {
        var act = () => When(Given(Registered(), EvidenceAttached(), Proposed()), Propose());

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("already waiting for review");
    }

    [Fact]
    public void A_revision_needs_a_reason()
    {
        var act = () => When(Given(PublishedHistory()), Propose("misleading"));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["RevisionReason"]);
    }

    [Fact]
    public void A_revision_with_a_reason_is_proposed_as_a_revision()
    {
        var proposed = (VerdictProposed)When(Given(PublishedHistory()), Propose("misleading", " Final figures. ")).Single();

        proposed.RevisionReason.ShouldBe("Final figures.");
    }

    [Fact]
    public void A_revision_that_changes_nothing_is_refused()
    {
        var same = Text();
        var act = () => When(Given(PublishedHistory()), new ProposeVerdict(Guid.NewGuid(), same.Rating, same.Summary, same.Reasoning, "Again."));

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("changes nothing");
    }

    [Fact]
    public void Every_verdict_field_problem_is_reported_at_once()
    {
        var act = () => When(Given(WithEvidence()), new ProposeVerdict(Guid.NewGuid(), "pants-on-fire", " ", "", null));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Rating", "Summary", "Reasoning"], ignoreOrder: true);
    }

    [Fact]
    public void An_oversized_summary_and_reasoning_are_refused()
    {
        var act = () => When(Given(WithEvidence()), Propose(summary: new string('s', InputLimits.Summary + 1)) with
        {
            Reasoning = new string('r', InputLimits.Reasoning + 1),
        });

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Summary", "Reasoning"], ignoreOrder: true);
    }

    [Fact]
    public void One_standing_piece_of_evidence_is_enough_when_another_was_withdrawn()
    {
        var claim = Given(Registered(), EvidenceAttached(), EvidenceAttached(Guid.NewGuid(), "Census table"), EvidenceWithdrawn());

        When(claim, Propose()).ShouldHaveSingleItem().ShouldBeOfType<VerdictProposed>();
    }

    [Fact]
    public void A_verdict_sent_back_can_be_proposed_again()
    {
        var claim = Given([.. AwaitingReview(), new VerdictSentBack(ClaimId, VerdictId, "Cite the table.", Editor, Now.AddHours(-1))]);

        When(claim, Propose()).ShouldHaveSingleItem().ShouldBeOfType<VerdictProposed>();
    }

    [Fact]
    public void A_revision_cannot_be_proposed_while_another_revision_waits()
    {
        var claim = Given([.. PublishedHistory(), Proposed(Guid.NewGuid(), "misleading", "Final figures.")]);

        var act = () => When(claim, Propose("half-true", "Other figures."));

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("already waiting for review");
    }

    [Fact]
    public void An_approved_but_unpublished_verdict_also_needs_a_reason_to_revise()
    {
        var act = () => When(Given(Approvable()), Propose("misleading"));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["RevisionReason"]);
    }

    [Fact]
    public void A_reason_given_with_a_first_verdict_is_not_kept_so_it_is_not_taken_for_a_revision()
    {
        var proposed = (VerdictProposed)When(Given(WithEvidence()), Propose(reason: "Because.")).Single();

        proposed.RevisionReason.ShouldBeNull();
    }
}
