using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>
/// Issue 13: the output cache keys on what a page reads, written one way. Each test stores a page, changes the database
/// behind the cache's back (no event, so no eviction), and then only a request served from that stored copy still shows
/// the old words: a new cache entry would render the new ones.
/// </summary>
public sealed class ReaderCacheKeyTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private const string Before = "Turnout was high, but not a forty-year record.";
    private const string After = "Changed behind the cache.";
    private readonly Reader _reader = new(db.App);

    [Fact]
    public async Task Spellings_of_a_page_number_junk_keys_and_other_loopback_hosts_share_one_stored_page()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Cache Key Person");
        var claimant = $"/claimants/{Slugs.From("Cache Key Person")}";
        (await _reader.PageAsync($"{claimant}?page=0001")).ShouldContain(Before);

        await ChangeBehindTheCacheAsync(story);

        // Not stored before the change, so rendered now: the database did change.
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain(After);
        string[] spellings = ["?page=1", "?page=+1", "?page=%2B1", "?page=%201%20", "", "?PAGE=1", "?utm_source=newsletter&fbclid=x1", "?page=1&nocache=1738"];
        foreach (var query in spellings) Stored(await _reader.PageAsync(claimant + query), query);
        using (var other = new Reader(db.App, new Uri("http://127.0.0.1:5080")))
            Stored(await other.PageAsync(claimant), "another loopback Host");

        // A number the page refuses is never served that stored page, nor does its refusal replace it.
        foreach (var page in new[] { "0", "-1", "1.0", "1e0", "one", "1,1" })
        {
            var (response, body) = await _reader.GetAsync($"{claimant}?page={page}");
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, page);
            body.ShouldContain("The page number must be a whole number");
        }
        Stored(await _reader.PageAsync(claimant), "after the refusals");
    }

    [Fact]
    public async Task A_search_is_stored_once_however_its_address_is_written()
    {
        var story = await new ClaimStories(db.App.Writer) { Statement = "Quokka turnout was the highest in forty years." }
            .PublishedAsync("Search Words Person");
        (await _reader.PageAsync("/search?q=quokka+turnout&page=1")).ShouldContain(Before);

        await ChangeBehindTheCacheAsync(story);

        foreach (var query in new[] { "?q=quokka%20turnout", "?Q=+quokka+turnout+&page=01", "?q=quokka+turnout&ref=home" })
            Stored(await _reader.PageAsync("/search" + query), query);
        // What the search reads differs: a page of its own.
        (await _reader.PageAsync("/search?q=quokka+turnout&rating=false")).ShouldContain(After);
    }

    private static void Stored(string page, string what)
    {
        page.ShouldContain(Before, customMessage: what);
        page.ShouldNotContain(After, customMessage: what);
    }

    private async Task ChangeBehindTheCacheAsync(ClaimStories story)
    {
        await using var session = db.App.Store.LightweightSession();
        session.QueueSqlCommand(
            "update mt_doc_publishedclaim set data = jsonb_set(data, '{Content,Verdict,Summary}', '\"Changed behind the cache.\"') where id = ?",
            story.ClaimId);
        await session.SaveChangesAsync();
    }

    public void Dispose() => _reader.Dispose();
}
