using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Timeline;
using ClaimTrack.Web.Features.Claims.Verdicts;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Desk;

public sealed class ReviewApprovalTests
{
    [Fact]
    public void Approving_from_the_review_queue_publishes_a_draft_at_once()
    {
        var events = When(Given(Registered(), EvidenceAttached(), Proposed()), new ApproveVerdict(VerdictId, AndPublish: true), Editor);

        events.Select(e => e.GetType()).ShouldBe([typeof(VerdictApproved), typeof(ClaimPublished)]);
        var published = (ClaimPublished)events[1];
        published.Previous.ShouldBeNull();
        published.Content.Timeline.ShouldHaveSingleItem().Kind.ShouldBe(TimelineEntryKind.Verdict);
    }
}
