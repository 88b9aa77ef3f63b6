using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Verdicts;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Verdicts;

public sealed class ReviewVerdictDecisionTests
{
    private static readonly object[] Waiting = AwaitingReview();

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
    public void Approving_and_publishing_on_a_retracted_claim_approves_the_verdict_but_does_not_bring_the_claim_back()
    {
        var revision = Guid.NewGuid();
        var claim = Given([.. RetractedHistory(), Proposed(revision, "misleading", "Final figures.")]);

        var events = When(claim, new ApproveVerdict(revision, AndPublish: true), Editor);

        events.ShouldHaveSingleItem().ShouldBeOfType<VerdictApproved>();
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

    [Fact]
    public void The_two_person_rule_goes_by_user_not_by_display_name()
    {
        var act = () => When(Given(Waiting), new ApproveVerdict(VerdictId), Reporter with { Name = "R. Díaz" });

        act.ShouldThrow<ClaimRuleBroken>();
    }

    [Fact]
    public void A_verdict_sent_back_cannot_then_be_approved()
    {
        var claim = Given([.. Waiting, new VerdictSentBack(ClaimId, VerdictId, "Cite the table.", Editor, Now.AddHours(-1))]);

        var act = () => When(claim, new ApproveVerdict(VerdictId), OtherEditor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no longer waiting");
    }

    [Fact]
    public void A_verdict_already_approved_cannot_be_approved_twice()
    {
        var act = () => When(Given(Approvable()), new ApproveVerdict(VerdictId), OtherEditor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no longer waiting");
    }

    [Fact]
    public void A_stale_verdict_id_cannot_be_sent_back()
    {
        var act = () => When(Given(Waiting), new SendBackVerdict(Guid.NewGuid(), "Cite the table."), Editor);

        act.ShouldThrow<ClaimRuleBroken>();
    }

    [Fact]
    public void Approve_and_publish_takes_a_draft_claim_public_at_once_with_nothing_to_move_from()
    {
        var events = When(Given(Waiting), new ApproveVerdict(VerdictId, AndPublish: true), Editor);

        events.Select(e => e.GetType()).ShouldBe([typeof(VerdictApproved), typeof(ClaimPublished)]);
        var published = (ClaimPublished)events[1];
        published.Previous.ShouldBeNull();
        published.Content.Verdict.VerdictId.ShouldBe(VerdictId);
        published.Content.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineEntryKind.Verdict);
    }

    [Fact]
    public void A_revision_approved_on_a_retracted_claim_waits_for_a_new_publication()
    {
        var revision = Guid.NewGuid();
        var claim = Given([.. RetractedHistory(), Proposed(revision, "misleading", "Final figures.")]);

        When(claim, new ApproveVerdict(revision), Editor).ShouldHaveSingleItem().ShouldBeOfType<VerdictApproved>();
    }

    [Fact]
    public void Sending_back_a_revision_keeps_a_published_claim_published_with_its_verdict()
    {
        var revision = Guid.NewGuid();
        var claim = Given([.. PublishedHistory(), Proposed(revision, "misleading", "Final figures.")]);

        claim.Apply((VerdictSentBack)When(claim, new SendBackVerdict(revision, "Keep the rating."), Editor).Single());

        claim.Status.ShouldBe(ClaimStatus.Published);
        claim.Current!.VerdictId.ShouldBe(VerdictId);
        claim.Pending.ShouldBeNull();
    }
}
