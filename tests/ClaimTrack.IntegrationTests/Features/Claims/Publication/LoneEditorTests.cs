using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Verdicts;

namespace ClaimTrack.IntegrationTests.Features.Claims.Publication;

/// <summary>With ClaimTrack:Newsroom:TwoPersonRule off, one editor may approve alone, and readers are told so.</summary>
public sealed class LoneEditorTests(LoneEditorNewsroom newsroom) : IClassFixture<LoneEditorNewsroom>, IDisposable
{
    private const string Unreviewed = "Published without a second editor's review.";
    private readonly Reader _reader = new(newsroom.App);
    private static readonly Actor Lone = ClaimStories.Editor;

    [Fact]
    public async Task A_lone_editor_publishes_updates_corrects_and_retracts_and_every_step_says_it_was_not_reviewed()
    {
        var story = await new ClaimStories(newsroom.App.Writer).RegisterAsync("Lone Editor Person");
        await story.AttachEvidenceAsync();
        await story.DoAsync(new ProposeVerdict(story.VerdictId, "false", "Not a record.", "Turnout was **71%**.", null), Lone);
        await story.DoAsync(new ApproveVerdict(story.VerdictId, AndPublish: true), Lone);
        await story.DoAsync(new EditClaim("Turnout was a record, said the minister.", true, "Lone Editor Person", ClaimantKind.Person,
            "Minister of Interior", null, [], "en"), Lone);
        await story.ApproveChangeAsync(await story.ProposeUpdateAsync("Closer to the interview.", Lone), Lone);
        await story.ApproveChangeAsync(await story.ProposeCorrectionAsync("Not a record at all.", "Turnout was **71%**.", "Wording", Lone), Lone);
        story.Statement = "Turnout was a record, said the minister.";

        // Decoded as a browser shows it: the page's words come from the reader texts, and Razor writes "'" as &#x27;.
        var page = System.Net.WebUtility.HtmlDecode(await _reader.PageAsync(Reader.ClaimPath(story)));
        Occurrences(page, Unreviewed).ShouldBe(3); // the verdict, the update, the correction
        Occurrences(await _reader.PageAsync($"/feeds/claims/{story.ClaimId}.rss"), Unreviewed).ShouldBe(3);

        await story.ApproveChangeAsync(await story.ProposeRetractionAsync("Misattributed.", Lone), Lone);

        var feed = await _reader.PageAsync($"/feeds/claims/{story.ClaimId}.rss");
        feed.ShouldContain($"Why: Misattributed. {Unreviewed}");
        await using var session = newsroom.App.Store.QuerySession();
        (await session.LoadAsync<Claim>(story.ClaimId))!.Status.ShouldBe(ClaimStatus.Retracted);
    }

    private static int Occurrences(string text, string words) => text.Split(words).Length - 1;

    public void Dispose() => _reader.Dispose();
}
