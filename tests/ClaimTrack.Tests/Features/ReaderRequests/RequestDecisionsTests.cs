using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.ReaderRequests;

namespace ClaimTrack.Tests.Features.ReaderRequests;

/// <summary>The life of a reader request: received, looked at, answered, linked to what it led to, closed.</summary>
public sealed class RequestDecisionsTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Reporter = new("reporter-1", "Rosa Díaz");
    private static readonly Actor Editor = new("editor-1", "Amir Haddad");
    private static readonly Guid ClaimId = Guid.NewGuid();

    private static ReaderRequest Tip() => ReaderRequest.Create(new TipSubmitted(Guid.NewGuid(), "HASH", "Crime fell by half.", "The mayor", "Radio 4", null, "reader@example.org", Monday));

    private static ReaderRequest CorrectionRequest() => ReaderRequest.Create(
        new CorrectionRequested(Guid.NewGuid(), "HASH", ClaimId, "Turnout was the highest in forty years.", "The 1985 figure is wrong.", null, null, Monday));

    private static ReaderRequest Apply(ReaderRequest request, dynamic e)
    {
        request.Apply(e);
        return request;
    }

    [Fact]
    public void A_new_request_is_received_and_assigning_it_means_it_is_being_looked_at()
    {
        var tip = Tip();
        tip.Stage.ShouldBe(RequestStage.Received);

        Apply(tip, RequestDecisions.Assign(tip, Reporter, Editor, Monday.AddHours(1)));

        tip.Stage.ShouldBe(RequestStage.BeingLookedAt);
        tip.AssignedTo.ShouldBe(Reporter);
        tip.Steps[^1].ShouldBe(new RequestStep("assigned it to Rosa Díaz", Editor, Monday.AddHours(1)));
        Should.Throw<ClaimRuleBroken>(() => RequestDecisions.Assign(tip, Reporter, Editor, Monday.AddHours(2)));
    }

    [Fact]
    public void A_reply_answers_it_and_needs_words_within_the_limit()
    {
        var request = CorrectionRequest();

        Should.Throw<ClaimInputInvalid>(() => RequestDecisions.Answer(request, "  ", Editor, Monday)).Errors.ShouldContainKey("Reply");
        Should.Throw<ClaimInputInvalid>(() => RequestDecisions.Answer(request, new string('x', RequestDecisions.ReplyLimit + 1), Editor, Monday));
        Apply(request, RequestDecisions.Answer(request, "  You are right; we corrected it.  ", Editor, Monday.AddDays(1)));

        request.Stage.ShouldBe(RequestStage.Answered);
        request.Reply.ShouldBe("You are right; we corrected it.");
        request.RepliedAt.ShouldBe(Monday.AddDays(1));
    }

    [Fact]
    public void A_tip_becomes_a_claim_once_and_a_correction_request_never_does()
    {
        var tip = Tip();
        var claimId = Guid.NewGuid();

        Apply(tip, RequestDecisions.TurnIntoClaim(tip, claimId, Reporter, Monday));

        (tip.BecameClaim, tip.ClaimId, tip.Stage).ShouldBe((true, claimId, RequestStage.BeingLookedAt));
        Should.Throw<ClaimRuleBroken>(() => RequestDecisions.TurnIntoClaim(tip, Guid.NewGuid(), Reporter, Monday));
        Should.Throw<ClaimRuleBroken>(() => RequestDecisions.TurnIntoClaim(CorrectionRequest(), claimId, Reporter, Monday));
    }

    [Fact]
    public void A_correction_request_links_only_to_a_correction_of_its_own_claim()
    {
        var request = CorrectionRequest();
        var update = Guid.NewGuid();

        Should.Throw<ClaimRuleBroken>(() => RequestDecisions.LinkCorrection(request, update, Guid.NewGuid(), Editor, Monday)).Message.ShouldContain("another claim");
        Should.Throw<ClaimRuleBroken>(() => RequestDecisions.LinkCorrection(Tip(), update, ClaimId, Editor, Monday));
        Apply(request, RequestDecisions.LinkCorrection(request, update, ClaimId, Editor, Monday));

        request.CorrectionUpdateId.ShouldBe(update);
        Should.Throw<ClaimRuleBroken>(() => RequestDecisions.LinkCorrection(request, update, ClaimId, Editor, Monday));
    }

    [Fact]
    public void Closing_needs_a_reason_and_a_closed_request_takes_no_further_step()
    {
        var tip = Tip();

        Should.Throw<ClaimInputInvalid>(() => RequestDecisions.Close(tip, "", Editor, Monday)).Errors.ShouldContainKey("Reason");
        Apply(tip, RequestDecisions.Close(tip, "Not a checkable claim: an opinion.", Editor, Monday));

        (tip.Stage, tip.ClosedReason).ShouldBe((RequestStage.Closed, "Not a checkable claim: an opinion."));
        Should.Throw<ClaimRuleBroken>(() => RequestDecisions.Answer(tip, "Late reply", Editor, Monday));
        Should.Throw<ClaimRuleBroken>(() => RequestDecisions.Assign(tip, Reporter, Reporter, Monday));
        Should.Throw<ClaimRuleBroken>(() => RequestDecisions.TurnIntoClaim(tip, Guid.NewGuid(), Reporter, Monday));
        Should.Throw<ClaimRuleBroken>(() => RequestDecisions.Close(tip, "Again", Editor, Monday));
    }

    [Fact]
    public void Every_step_is_in_the_history_with_who_and_when()
    {
        var request = CorrectionRequest();
        Apply(request, RequestDecisions.Assign(request, Editor, Editor, Monday.AddHours(1)));
        Apply(request, RequestDecisions.Answer(request, "Thanks, we are checking the 1985 figure.", Editor, Monday.AddHours(2)));
        Apply(request, RequestDecisions.Close(request, "Corrected.", Editor, Monday.AddHours(3)));

        request.Steps.Select(s => s.What).ShouldBe(["received the correction request", "assigned it to Amir Haddad", "replied", "closed it: Corrected."]);
        request.Steps[0].By.ShouldBeNull();
        request.UpdatedAt.ShouldBe(Monday.AddHours(3));
    }
}
