using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using Marten.Events;

namespace ClaimTrack.IntegrationTests.Features.Claims;

public sealed class ClaimProjectionTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private readonly ClaimTrackApp _app = db.App;

    [Fact]
    public async Task A_draft_has_claim_details_but_no_public_document()
    {
        var story = await new ClaimStories(_app.Writer).RegisterAsync("Draft Person");
        await story.AttachEvidenceAsync();
        await story.ProposeAsync();

        await using var session = _app.Store.QuerySession();
        var claim = await session.LoadAsync<Claim>(story.ClaimId);
        claim.ShouldNotBeNull();
        claim.Status.ShouldBe(ClaimStatus.InReview);
        claim.Version.ShouldBe(3);
        claim.Evidence.Single().Details.Title.ShouldBe("Official turnout figures");
        claim.Pending!.Verdict.Rating.ShouldBe("false");
        (await session.LoadAsync<ReaderClaim>(story.ClaimId)).ShouldBeNull();
    }

    [Fact]
    public async Task Publishing_creates_the_public_view_with_verdict_evidence_and_timeline()
    {
        var story = await new ClaimStories(_app.Writer).PublishedAsync("Public Person", "Turnout");

        await using var session = _app.Store.QuerySession();
        var published = await session.LoadAsync<ReaderClaim>(story.ClaimId);
        published.ShouldNotBeNull();
        published.Slug.ShouldBe("turnout-was-the-highest-in-forty-years");
        published.Content.Verdict.Rating.ShouldBe("false");
        published.Content.Evidence.Single().Details.Stance.ShouldBe(Stance.Contradicts);
        published.Content.Timeline.Single().Kind.ShouldBe(TimelineEntryKind.Verdict);
        var timeline = await session.LoadAsync<VerdictTimeline>(story.ClaimId);
        timeline!.Entries.Single().By.ShouldBe(ClaimStories.Editor);
    }

    [Fact]
    public async Task Edits_after_publication_stay_on_the_desk_until_an_update_is_approved_but_corrections_show_once_approved()
    {
        var story = await new ClaimStories(_app.Writer).PublishedAsync("Careful Person");
        await story.DoAsync(new WithdrawEvidence(story.EvidenceId, "The council replaced this table."), ClaimStories.Reporter);
        await story.AttachEvidenceAsync("Revised turnout table", Guid.NewGuid());
        await story.CorrectAsync("Turnout was high, but not a 40-year record.", "Figures: **71%**.", "Wording");

        await using (var session = _app.Store.QuerySession())
        {
            var published = await session.LoadAsync<ReaderClaim>(story.ClaimId);
            published!.Content.Evidence.Single().Details.Title.ShouldBe("Official turnout figures");
            published.Content.Verdict.Summary.ShouldBe("Turnout was high, but not a 40-year record.");
            published.Content.Timeline.Select(t => t.Kind).ShouldBe([TimelineEntryKind.Verdict, TimelineEntryKind.Correction]);
            (await session.LoadAsync<Claim>(story.ClaimId))!.HasUnpublishedChanges.ShouldBeTrue();
        }

        await story.UpdateAsync("The council replaced its table.");
        await using var after = _app.Store.QuerySession();
        // The withdrawn table stays, marked, beside the one that replaced it.
        var evidence = (await after.LoadAsync<ReaderClaim>(story.ClaimId))!.Content.Evidence;
        evidence.Select(e => (e.Details.Title, e.Withdrawn?.Reason)).ShouldBe(
            [("Official turnout figures", "The council replaced this table."), ("Revised turnout table", null)]);
    }

    [Fact]
    public async Task An_approved_revision_of_a_published_claim_reaches_readers_with_its_reason()
    {
        var story = await new ClaimStories(_app.Writer).PublishedAsync("Revised Person");
        var revision = Guid.NewGuid();
        await story.ProposeAsync("mostly-false", "The council published final figures.", revision);
        await story.ApproveAsync(revision);

        await using var session = _app.Store.QuerySession();
        var published = await session.LoadAsync<ReaderClaim>(story.ClaimId);
        published!.Content.Verdict.Rating.ShouldBe("mostly-false");
        var revised = published.Content.Timeline[^1];
        revised.Kind.ShouldBe(TimelineEntryKind.Revision);
        revised.Reason.ShouldBe("The council published final figures.");
        (await session.LoadAsync<VerdictTimeline>(story.ClaimId))!.Entries.Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_retracted_claim_keeps_its_public_document_marked_retracted_with_the_reason()
    {
        var story = await new ClaimStories(_app.Writer).PublishedAsync("Retracted Person");
        await story.RetractAsync("The quote was misattributed.");

        await using var session = _app.Store.QuerySession();
        var published = await session.LoadAsync<ReaderClaim>(story.ClaimId);
        published!.Retracted.ShouldBeTrue();
        published.RetractionReason.ShouldBe("The quote was misattributed.");
        (await session.LoadAsync<Claim>(story.ClaimId))!.Status.ShouldBe(ClaimStatus.Retracted);
    }

    [Fact]
    public async Task Claimant_and_topic_summaries_count_claims_and_published_ratings()
    {
        var claimant = $"Summary Person {Guid.NewGuid():N}";
        var topic = $"Topic {Guid.NewGuid():N}";
        var first = await new ClaimStories(_app.Writer).PublishedAsync(claimant, topic);
        await new ClaimStories(_app.Writer).RegisterAsync(claimant, topic);
        var revision = Guid.NewGuid();
        await first.ProposeAsync("misleading", "New context emerged.", revision);
        await first.ApproveAsync(revision);

        await _app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        await using var session = _app.Store.QuerySession();
        var person = await session.LoadAsync<ClaimantSummary>(Slugs.From(claimant));
        person!.Name.ShouldBe(claimant);
        person.ClaimCount.ShouldBe(2);
        person.Tally.Published.ShouldBe(1);
        person.Tally.ByRating.ShouldBe(new Dictionary<string, int> { ["misleading"] = 1 });
        var subject = await session.LoadAsync<TopicSummary>(Slugs.From(topic));
        subject!.Name.ShouldBe(topic);
        subject.ClaimCount.ShouldBe(2);
        subject.Tally.ByRating.ShouldBe(new Dictionary<string, int> { ["misleading"] = 1 });
    }
}
