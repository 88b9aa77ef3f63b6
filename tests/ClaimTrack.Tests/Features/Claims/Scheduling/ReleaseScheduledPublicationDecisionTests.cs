using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Scheduling;
using ClaimTrack.Web.Features.Claims.Verdicts;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;
using static ClaimTrack.Tests.Features.Claims.Scheduling.SchedulePublicationDecisionTests;

namespace ClaimTrack.Tests.Features.Claims.Scheduling;

public sealed class ReleaseScheduledPublicationDecisionTests
{
    // ClaimScenario decides at Now; the releases here are due an hour before.
    private static readonly DateTimeOffset Due = Now.AddHours(-1);

    private static Claim ScheduledAt(object[] history, Guid proposalId, Actor? by = null)
    {
        // Scheduled a day earlier, for an hour before Now.
        var scheduled = ClaimTrack.Web.Features.Claims.Writing.ClaimCommands.Decide(
            Given(history), new SchedulePublication(proposalId, Due), Scale, Newsroom, by ?? Editor, Now.AddDays(-1)).Single();
        return Given([.. history, scheduled]);
    }

    private static IReadOnlyList<object> Release(Claim claim, DateTimeOffset? releaseAt = null, DateTimeOffset? now = null) =>
        ReleaseScheduledPublicationDecision.Release(claim, new ReleaseScheduledPublication(releaseAt ?? Due), twoPersonRule: true, now ?? Now);

    [Fact]
    public void At_its_time_a_scheduled_verdict_is_approved_and_published_in_the_scheduling_editors_name()
    {
        var events = Release(ScheduledAt(AwaitingReview(), VerdictId));

        events.Select(e => e.GetType()).ShouldBe([typeof(ScheduledPublicationReleased), typeof(VerdictApproved), typeof(ClaimPublished)]);
        var released = (ScheduledPublicationReleased)events[0];
        (released.ReleaseAt, released.By, released.At).ShouldBe((Due, Editor, Now));
        ((VerdictApproved)events[1]).By.ShouldBe(Editor);
        ((ClaimPublished)events[2]).At.ShouldBe(Now);
    }

    [Fact]
    public void After_the_release_the_claim_is_published_and_nothing_is_scheduled()
    {
        var claim = ScheduledAt(AwaitingReview(), VerdictId);
        foreach (var e in Release(claim)) claim.Replay(e);

        (claim.Status, claim.Scheduled, claim.Pending).ShouldBe((ClaimStatus.Published, null, null));
    }

    [Fact]
    public void Before_its_time_nothing_goes_out()
    {
        var act = () => Release(ScheduledAt(AwaitingReview(), VerdictId), now: Due.AddSeconds(-1));

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("not before");
    }

    [Fact]
    public void A_release_read_before_it_was_rescheduled_is_refused()
    {
        var act = () => Release(ScheduledAt(AwaitingReview(), VerdictId), releaseAt: Due.AddMinutes(-5));

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("rescheduled");
    }

    [Fact]
    public void A_released_claim_cannot_be_released_again()
    {
        var claim = ScheduledAt(AwaitingReview(), VerdictId);
        foreach (var e in Release(claim)) claim.Replay(e);

        var again = () => Release(claim);

        again.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Nothing is scheduled");
    }

    [Fact]
    public void A_rule_broken_by_then_holds_the_release_and_the_proposal_waits_again()
    {
        var claim = ScheduledAt(AwaitingReview(), VerdictId);
        claim.Replay(EvidenceWithdrawn(at: Now.AddHours(-2)));

        var held = Release(claim).ShouldHaveSingleItem().ShouldBeOfType<ScheduledPublicationHeld>();
        held.Reason.ShouldContain("withdrawn");
        claim.Replay(held);
        (claim.Status, claim.Scheduled, claim.Pending?.VerdictId).ShouldBe((ClaimStatus.InReview, null, VerdictId));
    }

    [Fact]
    public void A_scheduled_first_publication_publishes_the_approved_verdict()
    {
        var events = Release(ScheduledAt(Approvable(), VerdictId));

        events.Select(e => e.GetType()).ShouldBe([typeof(ScheduledPublicationReleased), typeof(ClaimPublished)]);
    }

    [Fact]
    public void A_scheduled_correction_is_issued_at_its_time()
    {
        var waiting = Proposing(PublishedHistory(), new IssueCorrection("Turnout was 71%.", "The table says **71%**.", "Typo.", ChangeId), Editor);

        var events = Release(ScheduledAt(waiting, ChangeId, OtherEditor));

        events.Select(e => e.GetType()).ShouldBe([typeof(ScheduledPublicationReleased), typeof(CorrectionIssued)]);
        ((CorrectionIssued)events[1]).By.ShouldBe(OtherEditor);
    }

    [Fact]
    public void The_history_says_who_scheduled_it_for_when_and_when_it_was_released()
    {
        var history = Scheduled(AwaitingReview(), VerdictId);
        var time = new NewsroomTime(TimeZoneInfo.FindSystemTimeZoneById("America/Caracas"));

        ClaimTrack.Web.Features.Claims.Writing.ClaimCommandCatalog.Describe(history[^1], time)
            .ShouldBe("Amir Haddad approved the verdict and scheduled it for 2025-03-11 08:00 UTC-04:00 at 2025-03-10 08:00 UTC-04:00");
        ClaimTrack.Web.Features.Claims.Writing.ClaimCommandCatalog.Describe(Release(ScheduledAt(AwaitingReview(), VerdictId))[0], time)
            .ShouldBe("Released at 2025-03-10 08:00 UTC-04:00 as scheduled for 2025-03-10 07:00 UTC-04:00 by Amir Haddad");
    }
}
