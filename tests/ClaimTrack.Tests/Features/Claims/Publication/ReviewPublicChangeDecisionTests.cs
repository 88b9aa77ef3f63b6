using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Verdicts;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Publication;

public sealed class ReviewPublicChangeDecisionTests
{
    private static object[] UpdateWaiting() =>
        Proposing([.. PublishedHistory(), Reworded(), .. SourceReplaced("Broken link.")], Update());

    [Fact]
    public void An_approved_update_publishes_the_content_frozen_at_the_proposal_and_records_the_changes()
    {
        var claim = Given(UpdateWaiting());

        var events = When(claim, new ApprovePublicChange(ChangeId), OtherEditor);

        events.Select(e => e.GetType()).ShouldBe([typeof(ClaimUpdateApproved), typeof(ClaimPublished)]);
        var approved = (ClaimUpdateApproved)events[0];
        (approved.Reason, approved.Substantive, approved.ProposedBy, approved.By).ShouldBe(
            ("The statement now quotes the interview.", true, Reporter, OtherEditor));
        approved.Changes.ShouldBe([
            "statement changed from “Turnout was the highest in forty years.” to “Turnout was the highest in four decades.”",
            "evidence withdrawn: Official turnout figures, Broken link.",
            "evidence added: Census table",
        ]);
        var published = (ClaimPublished)events[1];
        published.Content.Statement.ShouldBe(claim.PendingChange!.Content!.Statement);
        published.Content.Evidence.Select(e => e.Withdrawn?.Reason).ShouldBe(["Broken link.", null]);
        published.Previous.ShouldBe(claim.LastPublished);
        var step = published.Content.Timeline[^1];
        (step.Kind, step.Changes, step.Unreviewed).ShouldBe((TimelineEntryKind.Update, approved.Changes, false));
    }

    [Fact]
    public void An_update_is_refused_when_the_claim_changed_after_the_proposal()
    {
        var claim = Given([.. UpdateWaiting(), EvidenceAttached(Guid.NewGuid(), "Census table")]);

        var act = () => When(claim, new ApprovePublicChange(ChangeId), OtherEditor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("changed after this update was proposed");
    }

    [Fact]
    public void An_approved_correction_replaces_the_words_and_names_who_proposed_it()
    {
        var waiting = Proposing(PublishedHistory(), new IssueCorrection("Fixed summary.", "Fixed reasoning.", "Typo", ChangeId), Editor);

        var correction = When(Given(waiting), new ApprovePublicChange(ChangeId), OtherEditor).ShouldHaveSingleItem().ShouldBeOfType<CorrectionIssued>();

        correction.ShouldBe(new CorrectionIssued(ClaimId, VerdictId, "Fixed summary.", "Fixed reasoning.", "Typo", OtherEditor, Now, Editor));
    }

    [Fact]
    public void A_correction_is_refused_when_the_verdict_was_revised_after_the_proposal()
    {
        var revision = Guid.NewGuid();
        var waiting = Proposing(PublishedHistory(), new IssueCorrection("Fixed summary.", "Fixed reasoning.", "Typo", ChangeId), Editor);
        // The revision was reviewed and published while the correction of the old words waited.
        var claim = Given([.. waiting, Proposed(revision, "misleading", "Final figures.") with { At = Now.AddHours(-7) },
            Approved(revision, "misleading", "Final figures.") with { At = Now.AddHours(-7) }]);

        var act = () => When(claim, new ApprovePublicChange(ChangeId), OtherEditor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("revised after this correction was proposed");
    }

    [Fact]
    public void A_retracted_claim_published_again_unchanged_says_so_and_belongs_in_the_corrections_log()
    {
        var events = Reviewed(RetractedHistory(), Update("The quote was confirmed.") with { ChangeId = Guid.NewGuid() });

        var approved = events.OfType<ClaimUpdateApproved>().Single();
        approved.Changes.ShouldBe(["published again"]);
        approved.Substantive.ShouldBeTrue();
    }

    [Fact]
    public void An_approved_retraction_withdraws_the_claim_with_the_proposed_reason()
    {
        var waiting = Proposing(PublishedHistory(), new RetractClaim("Misattributed.", ChangeId), Editor);

        var retracted = When(Given(waiting), new ApprovePublicChange(ChangeId), OtherEditor).ShouldHaveSingleItem().ShouldBeOfType<ClaimRetracted>();

        (retracted.Reason, retracted.ProposedBy, retracted.By).ShouldBe(("Misattributed.", Editor, OtherEditor));
        retracted.Withdrawn.ShouldBeEquivalentTo(Given(waiting).LastPublished);
    }

    public static TheoryData<string> Kinds => ["update", "correction", "retraction"];

    private static object Proposal(string kind) => kind switch
    {
        "update" => Update(),
        "correction" => new IssueCorrection("Fixed summary.", "Fixed reasoning.", "Typo", ChangeId),
        _ => new RetractClaim("Misattributed.", ChangeId),
    };

    [Theory]
    [MemberData(nameof(Kinds))]
    public void With_the_two_person_rule_the_proposer_cannot_approve_their_own_change(string kind)
    {
        var claim = Given(Proposing([.. PublishedHistory(), Reworded()], Proposal(kind), Editor));

        var act = () => When(claim, new ApprovePublicChange(ChangeId), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("someone other than the person who proposed it");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Without_the_two_person_rule_the_proposer_approves_alone_and_the_step_says_unreviewed(string kind)
    {
        var waiting = Proposing([.. PublishedHistory(), Reworded()], Proposal(kind), Editor);

        var events = When(Given(waiting), new ApprovePublicChange(ChangeId), Editor, WithoutTwoPersonRule);

        var claim = Given([.. waiting, .. events]);
        (claim.Timeline[^1].Unreviewed, claim.Timeline[^1].By, claim.PendingChange).ShouldBe((true, Editor, null));
    }

    [Fact]
    public void Without_the_two_person_rule_another_editors_approval_is_still_a_review()
    {
        var events = When(Given(UpdateWaiting()), new ApprovePublicChange(ChangeId), OtherEditor, WithoutTwoPersonRule);

        ((ClaimPublished)events[^1]).Content.Timeline[^1].Unreviewed.ShouldBeFalse();
    }

    [Fact]
    public void Only_the_change_waiting_can_be_approved()
    {
        var stale = () => When(Given(UpdateWaiting()), new ApprovePublicChange(Guid.NewGuid()), OtherEditor);
        var none = () => When(Given(PublishedHistory()), new ApprovePublicChange(ChangeId), OtherEditor);

        stale.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no longer waiting");
        none.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no longer waiting");
    }

    [Fact]
    public void Sending_back_needs_a_comment()
    {
        var act = () => When(Given(UpdateWaiting()), new SendBackPublicChange(ChangeId, "  "), OtherEditor);

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Comment"]);
    }

    [Fact]
    public void Sending_back_clears_the_waiting_change_and_leaves_a_note_for_the_proposer()
    {
        var waiting = UpdateWaiting();

        var sentBack = When(Given(waiting), new SendBackPublicChange(ChangeId, " Cite the interview. "), OtherEditor)
            .ShouldHaveSingleItem().ShouldBeOfType<PublicChangeSentBack>();
        var claim = Given([.. waiting, sentBack]);

        sentBack.Comment.ShouldBe("Cite the interview.");
        claim.PendingChange.ShouldBeNull();
        claim.LastChangeSentBack.ShouldBe(new PublicChangeSentBackNote(ChangeId, PublicChangeKind.Update, "Cite the interview.", OtherEditor, Now));
        (claim.Status, claim.Shown!.Statement, claim.HasUnpublishedChanges).ShouldBe((ClaimStatus.Published, Registered().Statement, true));
        Should.Throw<ClaimRuleBroken>(() => When(claim, new ApprovePublicChange(ChangeId), OtherEditor));
    }

    [Fact]
    public void A_new_proposal_clears_the_last_send_back_note()
    {
        var sentBack = new PublicChangeSentBack(ClaimId, ChangeId, "Cite the interview.", OtherEditor, Now.AddHours(-7));

        var claim = Given(Proposing([.. UpdateWaiting(), sentBack], Update("Quoted in full.") with { ChangeId = Guid.NewGuid() }));

        claim.LastChangeSentBack.ShouldBeNull();
        claim.PendingChange!.Reason.ShouldBe("Quoted in full.");
    }
}
