using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Verdicts;

namespace ClaimTrack.IntegrationTests.Features.Claims.Publication;

/// <summary>With the rule on (the default), nobody approves what they proposed, whatever kind of change it is.</summary>
public sealed class TwoPersonRuleTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private readonly ClaimTrackApp _app = db.App;

    private static async Task RefusedAndNothingWrittenAsync(ClaimStories story, object approval)
    {
        var seen = story.Version;

        var refused = await Should.ThrowAsync<ClaimRuleBroken>(() => story.DoAsync(approval, ClaimStories.Editor));

        refused.Message.ShouldContain("someone other than the person who proposed it");
        story.Version.ShouldBe(seen);
    }

    [Fact]
    public async Task An_editor_cannot_approve_their_own_verdict()
    {
        var story = await new ClaimStories(_app.Writer).RegisterAsync("Own Verdict Person");
        await story.AttachEvidenceAsync();
        await story.DoAsync(new ProposeVerdict(story.VerdictId, "false", "Not a record.", "Turnout was **71%**.", null), ClaimStories.Editor);

        await RefusedAndNothingWrittenAsync(story, new ApproveVerdict(story.VerdictId, AndPublish: true));
    }

    [Fact]
    public async Task An_editor_cannot_approve_their_own_update_correction_or_retraction()
    {
        var story = await new ClaimStories(_app.Writer).PublishedAsync("Own Change Person");
        await story.DoAsync(new EditClaim("Turnout was a record.", true, "Own Change Person", ClaimantKind.Person, "Minister of Interior", null, [], "en"),
            ClaimStories.Editor);

        var update = await story.ProposeUpdateAsync(by: ClaimStories.Editor);
        await RefusedAndNothingWrittenAsync(story, new ApprovePublicChange(update));
        await story.DoAsync(new SendBackPublicChange(update, "Another editor will look."), ClaimStories.OtherEditor);

        var correction = await story.ProposeCorrectionAsync("Fixed summary.", "Fixed reasoning.", "Typo");
        await RefusedAndNothingWrittenAsync(story, new ApprovePublicChange(correction));
        await story.DoAsync(new SendBackPublicChange(correction, "Another editor will look."), ClaimStories.OtherEditor);

        var retraction = await story.ProposeRetractionAsync("Misattributed.");
        await RefusedAndNothingWrittenAsync(story, new ApprovePublicChange(retraction));

        await using var session = _app.Store.QuerySession();
        (await session.LoadAsync<Claim>(story.ClaimId))!.Status.ShouldBe(ClaimStatus.Published);
    }
}
