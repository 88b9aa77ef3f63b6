using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Scheduling;
using ClaimTrack.Web.Features.Claims.Verdicts;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Scheduling;

public sealed class SchedulePublicationDecisionTests
{
    private static readonly DateTimeOffset Noon = Now.AddHours(24);

    public static object[] Scheduled(object[] history, Guid proposalId, DateTimeOffset? at = null, Actor? by = null) =>
        [.. history, When(Given(history), new SchedulePublication(proposalId, at ?? Noon), by ?? Editor).Single()];

    [Fact]
    public void Another_editor_schedules_the_waiting_verdict_and_nothing_public_is_appended()
    {
        var scheduled = When(Given(AwaitingReview()), new SchedulePublication(VerdictId, Noon), Editor)
            .ShouldHaveSingleItem().ShouldBeOfType<PublicationScheduled>();

        (scheduled.Kind, scheduled.ProposalId, scheduled.ReleaseAt, scheduled.By, scheduled.At)
            .ShouldBe((ReleaseKind.Verdict, VerdictId, Noon, Editor, Now));
    }

    [Fact]
    public void A_scheduled_first_publication_shows_as_scheduled_with_the_proposal_still_waiting()
    {
        var claim = Given(Scheduled(AwaitingReview(), VerdictId));

        (claim.Status, claim.ReleaseAt, claim.Scheduled!.By).ShouldBe((ClaimStatus.Scheduled, Noon, Editor));
        claim.Pending.ShouldNotBeNull();
        (claim.Current, claim.Shown).ShouldBe((null, null));
    }

    [Fact]
    public void The_proposer_cannot_schedule_their_own_verdict_under_the_two_person_rule()
    {
        var act = () => When(Given(AwaitingReview()), new SchedulePublication(VerdictId, Noon), Reporter);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("someone other than the person who proposed it");
    }

    [Theory]
    [InlineData(0, "must be in the future")]
    [InlineData(-60, "must be in the future")]
    [InlineData(60 * 24 * 400, "within a year")]
    public void A_release_time_now_past_or_years_away_is_a_field_error(int minutesFromNow, string message)
    {
        var act = () => When(Given(AwaitingReview()), new SchedulePublication(VerdictId, Now.AddMinutes(minutesFromNow)), Editor);

        act.ShouldThrow<ClaimInputInvalid>().Errors["ReleaseAt"].ShouldHaveSingleItem().ShouldContain(message);
    }

    [Fact]
    public void A_claim_with_a_release_scheduled_is_rescheduled_not_scheduled_twice()
    {
        var act = () => When(Given(Scheduled(AwaitingReview(), VerdictId)), new SchedulePublication(VerdictId, Noon.AddHours(1)), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("reschedule or cancel");
    }

    [Fact]
    public void Only_a_waiting_proposal_or_an_unpublished_approved_verdict_can_be_scheduled()
    {
        var act = () => When(Given(AwaitingReview()), new SchedulePublication(Guid.NewGuid(), Noon), Editor);

        act.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("no longer waiting");
        When(Given(Approvable()), new SchedulePublication(VerdictId, Noon), Editor).ShouldHaveSingleItem()
            .ShouldBeOfType<PublicationScheduled>().Kind.ShouldBe(ReleaseKind.Publication);
        var republish = () => When(Given(PublishedHistory()), new SchedulePublication(VerdictId, Noon), Editor);
        republish.ShouldThrow<ClaimRuleBroken>();
    }

    [Fact]
    public void A_public_change_waiting_for_review_can_be_scheduled()
    {
        var waiting = Proposing(PublishedHistory(), new IssueCorrection("Turnout was 71%.", "The table says **71%**.", "Typo.", ChangeId), Editor);

        var scheduled = When(Given(waiting), new SchedulePublication(ChangeId, Noon), OtherEditor).ShouldHaveSingleItem().ShouldBeOfType<PublicationScheduled>();

        scheduled.Kind.ShouldBe(ReleaseKind.PublicChange);
        Given([.. waiting, scheduled]).Status.ShouldBe(ClaimStatus.Published, "readers still see the claim as published");
    }

    [Fact]
    public void Rescheduling_moves_the_time_and_cancelling_returns_the_proposal_to_review()
    {
        var history = Scheduled(AwaitingReview(), VerdictId);

        var moved = When(Given(history), new ReschedulePublication(Noon.AddHours(2)), Editor).ShouldHaveSingleItem().ShouldBeOfType<PublicationRescheduled>();
        (moved.Previous, moved.ReleaseAt).ShouldBe((Noon, Noon.AddHours(2)));
        Given([.. history, moved]).ReleaseAt.ShouldBe(Noon.AddHours(2));

        var cancelled = When(Given(history), new CancelScheduledPublication(), Editor).ShouldHaveSingleItem().ShouldBeOfType<ScheduledPublicationCancelled>();
        var claim = Given([.. history, cancelled]);
        (claim.Status, claim.Scheduled, claim.Pending?.VerdictId).ShouldBe((ClaimStatus.InReview, null, VerdictId));
    }

    [Fact]
    public void Nothing_scheduled_cannot_be_rescheduled_or_cancelled()
    {
        var reschedule = () => When(Given(AwaitingReview()), new ReschedulePublication(Noon), Editor);
        var cancel = () => When(Given(AwaitingReview()), new CancelScheduledPublication(), Editor);

        reschedule.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Nothing is scheduled");
        cancel.ShouldThrow<ClaimRuleBroken>().Message.ShouldContain("Nothing is scheduled");
    }

    [Fact]
    public void Sending_the_scheduled_verdict_back_ends_its_schedule()
    {
        var history = Scheduled(AwaitingReview(), VerdictId);
        var back = When(Given(history), new SendBackVerdict(VerdictId, "Cite the table."), Editor).Single();

        var claim = Given([.. history, back]);

        (claim.Status, claim.Scheduled).ShouldBe((ClaimStatus.Draft, null));
    }

    [Fact]
    public void An_update_approved_while_a_revision_is_scheduled_leaves_the_revision_scheduled()
    {
        var revision = Guid.NewGuid();
        var history = Scheduled([.. PublishedHistory(), Proposed(revision, "misleading", "Final figures.")], revision);
        var update = Reviewed([.. history, Reworded()], Update());

        Given(update).Scheduled.ShouldNotBeNull().ProposalId.ShouldBe(revision);
    }
}
