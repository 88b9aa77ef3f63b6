using System.Net;
using System.Text.RegularExpressions;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Evidence;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>Readers see a change to a published claim only once a second editor has approved it, and then everywhere.</summary>
public sealed partial class PublicChangeReviewTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    /// <summary>Everything a reader or a machine can see of one claim, read through the caches.</summary>
    private async Task<string[]> SeenAsync(ClaimStories story, string word)
    {
        var page = await _reader.PageAsync(Reader.ClaimPath(story));
        using var review = Reader.ClaimReview(page);
        return
        [
            page, review.RootElement.GetProperty("claimReviewed").GetString()!, review.RootElement.GetProperty("dateModified").GetString()!,
            await _reader.PageAsync("/feeds/verdicts.rss"), await _reader.PageAsync($"/feeds/claims/{story.ClaimId}.rss"),
            SitemapEntry(await _reader.PageAsync("/sitemap.xml"), story), await _reader.PageAsync($"/search?q={word}"),
        ];
    }

    private static string SitemapEntry(string sitemap, ClaimStories story)
    {
        var entry = Regex.Match(sitemap, $"<url><loc>[^<]*{story.ClaimId}[^<]*</loc><lastmod>[^<]*</lastmod>").Value;
        entry.ShouldNotBeNullOrEmpty();
        return entry;
    }

    [Fact]
    public async Task A_reworded_claim_with_withdrawn_evidence_reaches_readers_only_once_another_editor_approves()
    {
        var claimant = $"Update Person {Guid.NewGuid():N}";
        var story = new ClaimStories(db.App.Writer) { Statement = "Turnout in Quillborough was the highest in forty years." };
        await story.PublishedAsync(claimant, "Turnout");
        var before = await SeenAsync(story, "Quillborough");

        await story.AttachEvidenceAsync("Revised turnout table", Guid.NewGuid());
        await story.DoAsync(new WithdrawEvidence(story.EvidenceId, "The council replaced this table."), ClaimStories.Editor);
        await story.DoAsync(new EditClaim("Turnout in Zellingford was the highest in forty years.", true, claimant, ClaimantKind.Person,
            "Minister of Interior", null, ["Turnout"], "en"), ClaimStories.Editor);
        var update = await story.ProposeUpdateAsync("The minister named another town.", ClaimStories.Editor);

        (await SeenAsync(story, "Quillborough")).ShouldBe(before);
        (await _reader.PageAsync("/search?q=Zellingford")).ShouldContain("0 fact checks found");

        await story.ApproveChangeAsync(update, ClaimStories.OtherEditor);
        var oldPath = Reader.ClaimPath(story);
        story.Statement = "Turnout in Zellingford was the highest in forty years.";

        // Read as the reader reads it: the page encodes the curly quotes.
        var page = WebUtility.HtmlDecode(await _reader.PageAsync(Reader.ClaimPath(story)));
        page.ShouldContain("<h1 class=\"statement\">“Turnout in Zellingford was the highest in forty years.”</h1>");
        page.ShouldContain("<li class=\"withdrawn\"><p class=\"evidence-note\"><strong>Withdrawn</strong> <time datetime=\"2025-03-03T09:");
        page.ShouldContain("3 March 2025</time>: The council replaced this table.</p>");
        page.ShouldContain("<strong>Update</strong>");
        page.ShouldContain("<li>statement changed from “Turnout in Quillborough was the highest in forty years.” to “Turnout in Zellingford was the highest in forty years.”</li>");
        page.ShouldContain("<li>evidence withdrawn: Official turnout figures, The council replaced this table.</li>");
        page.ShouldContain("Why: The minister named another town.");
        page.ShouldNotContain("Published without a second editor's review");
        (await _reader.GetAsync(oldPath)).Response.StatusCode.ShouldBe(HttpStatusCode.MovedPermanently);

        var after = await SeenAsync(story, "Zellingford");
        after[1].ShouldBe(story.Statement);
        after[2].ShouldNotBe(before[2]); // ClaimReview dateModified
        foreach (var feed in new[] { after[3], after[4] })
            feed.ShouldContain("<title>Updated: Turnout in Zellingford was the highest in forty years.</title>");
        after[5].ShouldNotBe(before[5]); // the sitemap's lastmod
        after[6].ShouldContain("1 fact check found");
        (await _reader.PageAsync("/corrections")).ShouldContain("Why: The minister named another town.");
    }

    [Fact]
    public async Task A_proposed_correction_shows_nowhere_until_approved()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync($"Correction Person {Guid.NewGuid():N}");
        var before = await SeenAsync(story, "turnout");
        var correction = await story.ProposeCorrectionAsync("Turnout was high, but not a 40-year record.", "Figures: **71%**.", "Wording of the pending fix");

        (await SeenAsync(story, "turnout")).ShouldBe(before);
        (await _reader.PageAsync("/corrections")).ShouldNotContain("Wording of the pending fix");

        await story.ApproveChangeAsync(correction);

        var after = await SeenAsync(story, "turnout");
        after[0].ShouldContain("Turnout was high, but not a 40-year record.");
        after[4].ShouldContain("<title>Correction (False): Turnout was the highest in forty years.</title>");
        (await _reader.PageAsync("/corrections")).ShouldContain("Why: Wording of the pending fix");
    }

    [Fact]
    public async Task A_proposed_retraction_leaves_the_claim_up_until_approved()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync($"Retraction Person {Guid.NewGuid():N}");
        var before = await SeenAsync(story, "turnout");
        var retraction = await story.ProposeRetractionAsync("The quote was misattributed, pending.");

        (await SeenAsync(story, "turnout")).ShouldBe(before);

        await story.ApproveChangeAsync(retraction);

        var (response, body) = await _reader.GetAsync(Reader.ClaimPath(story));
        response.StatusCode.ShouldBe(HttpStatusCode.Gone);
        body.ShouldContain("The quote was misattributed, pending.");
        (await _reader.PageAsync($"/feeds/claims/{story.ClaimId}.rss")).ShouldContain("<title>Retracted: Turnout was the highest in forty years.</title>");
    }

    public void Dispose() => _reader.Dispose();
}
