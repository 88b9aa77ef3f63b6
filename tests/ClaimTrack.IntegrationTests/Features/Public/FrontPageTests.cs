using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.FrontPage;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>The reader's front page: each claim once with its current verdict, the editors' pins on top.</summary>
public sealed class FrontPageTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    // Newer than any other story in this database, so each test's claims lead the unpinned list.
    private static int _minutes;

    private Task<ClaimStories> PublishedAsync(string word)
    {
        var story = new ClaimStories(db.App.Writer)
        {
            Statement = $"The {word} {Guid.NewGuid():N} budget doubled.",
            Start = DateTimeOffset.UtcNow.AddMinutes(Interlocked.Add(ref _minutes, 30)),
        };
        return story.PublishedAsync("Front Page Person");
    }

    private static string Link(ClaimStories story) => $"href=\"{Reader.ClaimPath(story)}\"";

    /// <summary>The pinned list's markup ("" when nothing is pinned).</summary>
    private static string PinnedList(string html)
    {
        var start = html.IndexOf("<ol class=\"claims pinned\">", StringComparison.Ordinal);
        return start < 0 ? "" : html[start..html.IndexOf("</ol>", start, StringComparison.Ordinal)];
    }

    private static int Count(string html, string text) => (html.Length - html.Replace(text, "", StringComparison.Ordinal).Length) / text.Length;

    [Fact]
    public async Task A_claim_with_a_revision_and_a_correction_is_listed_once_with_its_current_verdict_and_its_updates_beside_it()
    {
        var story = await PublishedAsync("revised");
        await story.ReviseAsync("half-true", "Recount published.");
        await story.CorrectAsync("Fixed summary of the front page claim.", "Fixed reasoning.", "Typo in the summary");

        var html = await _reader.PageAsync("/");

        Count(html, Link(story)).ShouldBe(1);
        var checks = html[..html.IndexOf("<aside", StringComparison.Ordinal)];
        checks.ShouldContain("Fixed summary of the front page claim.");
        checks.ShouldContain(">Half true</span>");
        var updates = html[html.IndexOf("<aside", StringComparison.Ordinal)..];
        updates.ShouldContain("Revised verdict");
        updates.ShouldContain("Correction");
        updates.ShouldContain($"{Reader.ClaimPath(story)}#update-");
    }

    [Fact]
    public async Task Pins_lead_in_their_order_each_claim_still_once_and_the_cached_page_is_refreshed_at_once()
    {
        var (first, second, latest) = (await PublishedAsync("pinned-second"), await PublishedAsync("pinned-first"), await PublishedAsync("unpinned"));
        (await _reader.PageAsync("/")).ShouldContain(Link(latest)); // cached before the pins

        await first.DoAsync(new PinClaim(2), ClaimStories.Editor);
        await second.DoAsync(new PinClaim(1), ClaimStories.Editor);
        var html = await _reader.PageAsync("/");

        var pinned = PinnedList(html);
        pinned.IndexOf(Link(second), StringComparison.Ordinal).ShouldBeGreaterThanOrEqualTo(0);
        pinned.IndexOf(Link(second), StringComparison.Ordinal).ShouldBeLessThan(pinned.IndexOf(Link(first), StringComparison.Ordinal));
        pinned.ShouldNotContain(Link(latest));
        Count(html, Link(first)).ShouldBe(1);
        Count(html, Link(second)).ShouldBe(1);
        html.IndexOf(Link(first), StringComparison.Ordinal).ShouldBeLessThan(html.IndexOf(Link(latest), StringComparison.Ordinal));

        await second.DoAsync(new UnpinClaim(), ClaimStories.Editor);
        await first.DoAsync(new UnpinClaim(), ClaimStories.Editor);
    }

    [Fact]
    public async Task An_unpinned_claim_goes_back_among_the_latest()
    {
        var story = await PublishedAsync("unpinned-again");
        await story.DoAsync(new PinClaim(1), ClaimStories.Editor);
        PinnedList(await _reader.PageAsync("/")).ShouldContain(Link(story));

        await story.DoAsync(new UnpinClaim(), ClaimStories.Editor);
        var html = await _reader.PageAsync("/");

        PinnedList(html).ShouldNotContain(Link(story));
        Count(html, Link(story)).ShouldBe(1);
    }

    [Fact]
    public async Task A_retracted_claim_never_shows_even_while_pinned()
    {
        var story = await PublishedAsync("retracted-pin");
        await story.DoAsync(new PinClaim(1), ClaimStories.Editor);
        PinnedList(await _reader.PageAsync("/")).ShouldContain(Link(story));

        await story.RetractAsync("The quote was misattributed.");
        var html = await _reader.PageAsync("/");

        html.ShouldNotContain(Link(story));
        html.ShouldNotContain(story.Statement);
    }

    [Fact]
    public async Task A_draft_cannot_be_pinned_and_never_shows()
    {
        var draft = new ClaimStories(db.App.Writer) { Statement = $"A draft {Guid.NewGuid():N} for the front page." };
        await draft.RegisterAsync("Front Page Drafter");

        await Should.ThrowAsync<Web.Features.Claims.ClaimRuleBroken>(() => draft.DoAsync(new PinClaim(1), ClaimStories.Editor));
        (await _reader.PageAsync("/")).ShouldNotContain(draft.Statement);
    }

    [Theory]
    [InlineData("/?page=0")]
    [InlineData("/?page=abc")]
    [InlineData("/?page=99999999999")]
    public async Task An_absurd_page_number_gets_a_400_with_a_sentence(string path)
    {
        var (response, body) = await _reader.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldContain("whole number");
    }

    [Fact]
    public async Task A_page_past_the_last_says_so_and_links_back()
    {
        var html = await _reader.PageAsync("/?page=1000");

        html.ShouldContain("No older fact checks.");
        html.ShouldContain("rel=\"prev\" href=\"/?page=999\"");
    }

    public void Dispose() => _reader.Dispose();
}
