using ClaimTrack.Web.Features.Claims;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Verdicts;

public sealed class ReviewVerdictDecisionTests
{
    private static readonly object[] Waiting = [Registered(), EvidenceAttached(), Proposed()];

    [Fact]
    public void Another_editor_approves_and_the_proposal_becomes_the_verdict()
    {
        var approved = When(Given(Waiting), new ApproveVerdict(VerdictId), Editor).ShouldHaveSingleItem().ShouldBeOfType<VerdictApproved>();

        approved.Verdict.ShouldBe(Text());
        (approved.ProposedBy, approved.By).ShouldBe((Reporter, Editor));
    }

    [Fact]
    public void The_proposer_cannot_approve_their_own_verdict_under_the_two_person_rule()
    {
        var act = () => When(Given(Waiting), new ApproveVerdict(VerdictId), Reporter);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("someone other than the person who proposed it");
    }

    [Fact]
    public void Without_the_two_person_rule_the_proposer_may_approve()
    {
        var events = ReviewVerdictDecision.Approve(Given(Waiting), new ApproveVerdict(VerdictId), twoPersonRule: false, Reporter, Now);

        events.ShouldHaveSingleItem().ShouldBeOfType<VerdictApproved>();
    }

    [Fact]
    public void A_verdict_that_no_longer_waits_cannot_be_approved()
    {
        var act = () => When(Given(Waiting), new ApproveVerdict(Guid.NewGuid()), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no longer waiting");
    }

    [Fact]
    public void Approval_is_refused_when_all_evidence_was_withdrawn_meanwhile()
    {
        var act = () => When(Given([.. Waiting, EvidenceWithdrawn()]), new ApproveVerdict(VerdictId), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("withdrawn");
    }

    [Fact]
    public void Approving_a_revision_of_a_published_claim_publishes_it_with_the_revision_on_the_timeline()
    {
        var revision = Guid.NewGuid();
        var claim = Given([.. PublishedHistory(), Proposed(revision, "misleading", "Final figures.")]);

        var events = When(claim, new ApproveVerdict(revision), Editor);

        events.Select(e => e.GetType()).ShouldBe([typeof(VerdictApproved), typeof(ClaimPublished)]);
        var published = (ClaimPublished)events[1];
        published.Content.Verdict.Rating.ShouldBe("misleading");
        published.Content.Timeline.Select(t => t.Kind).ShouldBe([TimelineEntryKind.Verdict, TimelineEntryKind.Revision]);
        published.Previous!.Rating.ShouldBe("false");
    }

    [Fact]
    public void Sending_back_needs_a_comment()
    {
        var act = () => When(Given(Waiting), new SendBackVerdict(VerdictId, " "), Editor);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Comment"]);
    }

    [Fact]
    public void A_sent_back_verdict_returns_the_claim_to_draft_with_the_comment_for_its_author()
    {
        var claim = Given(Waiting);
        var sentBack = (VerdictSentBack)When(claim, new SendBackVerdict(VerdictId, "Cite the council's table."), Editor).Single();

        claim.Apply(sentBack);

        claim.Status.ShouldBe(ClaimStatus.Draft);
        claim.Pending.ShouldBeNull();
        claim.LastSentBack!.Comment.ShouldBe("Cite the council's table.");
    }
}
