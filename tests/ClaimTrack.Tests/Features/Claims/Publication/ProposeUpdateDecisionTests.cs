using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Publication;

public sealed class ProposeUpdateDecisionTests
{
    [Fact]
    public void An_update_freezes_the_desk_edits_it_would_publish_and_its_reason()
    {
        var claim = Given([.. PublishedHistory(), Reworded()]);

        var proposed = When(claim, Update(" The statement now quotes the interview. ")).ShouldHaveSingleItem().ShouldBeOfType<PublicChangeProposed>();

        (proposed.ChangeId, proposed.Kind, proposed.Reason, proposed.By, proposed.At).ShouldBe(
            (ChangeId, PublicChangeKind.Update, "The statement now quotes the interview.", Reporter, Now));
        var content = proposed.Content.ShouldNotBeNull();
        content.Statement.ShouldBe("Turnout was the highest in four decades.");
        content.Verdict.VerdictId.ShouldBe(VerdictId);
    }

    [Fact]
    public void An_update_needs_a_reason()
    {
        var act = () => When(Given([.. PublishedHistory(), Reworded()]), Update(" "));

        act.ShouldThrow<ClaimInputInvalid>().Errors.Keys.ShouldBe(["Reason"]);
    }

    [Fact]
    public void Before_the_first_publication_there_is_nothing_to_update()
    {
        var act = () => When(Given([.. Approvable(), Reworded()]), Update());

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("never been published");
    }

    [Fact]
    public void An_update_that_changes_nothing_readers_see_is_refused()
    {
        var untouched = () => When(Given(PublishedHistory()), Update());
        // A pending revision is not a change readers can be shown: it reaches them through its own review.
        var pendingRevision = () => When(Given([.. PublishedHistory(), Proposed(Guid.NewGuid(), "misleading", "Final figures.")]), Update());

        untouched.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no change to publish");
        pendingRevision.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no change to publish");
    }

    [Fact]
    public void A_second_change_waits_until_the_first_is_reviewed()
    {
        var waiting = Proposing([.. PublishedHistory(), Reworded()], new RetractClaim("Misattributed.", Guid.NewGuid()), Editor);

        var act = () => When(Given(waiting), Update());

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Amir Haddad is already waiting for review");
    }

    [Fact]
    public void An_update_with_all_evidence_withdrawn_is_refused()
    {
        var act = () => When(Given([.. PublishedHistory(), EvidenceWithdrawn(reason: "Broken link.", at: Now.AddHours(-10))]), Update());

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("All evidence");
    }

    [Fact]
    public void A_retracted_claim_may_be_proposed_for_readers_again_even_unchanged()
    {
        var proposed = When(Given(RetractedHistory()), Update("The quote was confirmed.") with { ChangeId = Guid.NewGuid() }).ShouldHaveSingleItem();

        proposed.ShouldBeOfType<PublicChangeProposed>().Kind.ShouldBe(PublicChangeKind.Update);
    }

    [Fact]
    public void Evidence_withdrawn_after_readers_saw_it_stays_in_the_update_marked_but_never_shown_evidence_does_not()
    {
        var unseen = Guid.NewGuid();
        var claim = Given([
            .. PublishedHistory(), EvidenceAttached(unseen, "Census table"), EvidenceAttached(Guid.NewGuid(), "Final table"),
            EvidenceWithdrawn(reason: "Broken link.", at: Now.AddHours(-10)), EvidenceWithdrawn(unseen, "Wrong census."),
        ]);

        var content = When(claim, Update()).OfType<PublicChangeProposed>().Single().Content!;

        content.Evidence.Select(e => e.Details.Title).ShouldBe(["Official turnout figures", "Final table"]);
        content.Evidence[0].Withdrawn.ShouldBe(new EvidenceNote(Now.AddHours(-10), "Broken link."));
        content.Evidence[1].Withdrawn.ShouldBeNull();
    }
}
