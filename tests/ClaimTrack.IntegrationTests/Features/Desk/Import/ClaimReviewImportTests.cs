using System.Net;
using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Import;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using static ClaimTrack.IntegrationTests.Features.Desk.Import.ClaimReviewFeeds;

namespace ClaimTrack.IntegrationTests.Features.Desk.Import;

public sealed class ClaimReviewImportTests(ImportDatabase db) : IClassFixture<ImportDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);
    private ClaimReviewImporter Importer => db.App.Services.GetRequiredService<ClaimReviewImporter>();
    private OtherReviewActions Actions => db.App.Services.GetRequiredService<OtherReviewActions>();
    private ImportQueries Queries => db.App.Services.GetRequiredService<ImportQueries>();
    private Task<ClaimsPrincipal> Editor() => DeskStaff.NewAsync(db.App, DeskRoles.Editor, "Imke Editor");

    private static string Unique(string text) => $"{text} {Guid.NewGuid():N}";

    private async Task<ClaimStories> PublishedAsync(string claimant) =>
        await new ClaimStories(db.App.Writer) { Statement = Unique("Turnout was the highest in forty years") + "." }.PublishedAsync(claimant);

    [Fact]
    public async Task A_feed_file_links_a_match_on_the_claim_page_keeps_the_rest_as_candidates_and_says_what_it_skipped()
    {
        var claimant = Unique("Import Person");
        var story = await PublishedAsync(claimant);
        var draft = await new ClaimStories(db.App.Writer) { Statement = Unique("The draft says bridges are free") }.RegisterAsync(claimant);
        var page = Reader.ClaimPath(story);
        var before = await _reader.GetAsync(page); // now cached: the import must evict it
        var organisation = Unique("Checkers");
        var url = $"https://checkers.example.org/{Guid.NewGuid():N}";
        var feed = Feed(
            Review(url, $"“{story.Statement.ToUpperInvariant().TrimEnd('.')}”", "Someone Else", organisation, "Pants on fire"),
            Review($"https://checkers.example.org/{Guid.NewGuid():N}", draft.Statement, claimant, organisation),
            NotAReview,
            new Dictionary<string, object> { ["@type"] = "ClaimReview", ["claimReviewed"] = "No one rated this", ["author"] = new Dictionary<string, string> { ["name"] = "X" } });

        var result = await Importer.ImportTextAsync(await Editor(), "partner-feed.json", feed, default);

        (result.New, result.AlreadyKnown, result.Matched, result.Candidates).ShouldBe((2, 0, 1, 1));
        result.Skipped.Select(s => s.Reason).ShouldBe(["not a ClaimReview (a NewsArticle)", "missing reviewRating (their rating)"]);

        var html = await _reader.PageAsync(page);
        html.ShouldContain("Also checked by");
        html.ShouldContain($"<a href=\"{url}\" rel=\"external noopener\">{organisation}</a>");
        html.ShouldContain("Pants on fire");
        (await _reader.GetAsync(page)).Response.Headers.ETag.ShouldNotBe(before.Response.Headers.ETag);

        // The draft's review waits as a candidate: nothing public names it, and no listing or feed shows either review.
        (await Queries.CandidatesAsync(default)).ShouldContain(r => r.Details.ClaimReviewed == draft.Statement);
        foreach (var path in new[] { "/", "/feeds/verdicts.rss", $"/search?q={Uri.EscapeDataString(story.Statement)}" })
            (await _reader.PageAsync(path)).ShouldNotContain(organisation, customMessage: path);
    }

    [Fact]
    public async Task Importing_the_same_items_again_changes_nothing_even_after_an_editor_removed_a_link()
    {
        var claimant = Unique("Again Person");
        var story = await PublishedAsync(claimant);
        var feed = Feed(
            Review($"https://checkers.example.org/{Guid.NewGuid():N}", story.Statement, claimant),
            Review($"https://checkers.example.org/{Guid.NewGuid():N}", Unique("Nothing of ours says this"), claimant));
        var editor = await Editor();
        await Importer.ImportTextAsync(editor, "feed.json", feed, default);
        var linked = await LinkOfAsync(story.ClaimId);
        await Actions.RemoveMatchAsync(editor, linked.Id, default);
        var stored = await ReviewsAsync(feed);

        var again = await Importer.ImportTextAsync(editor, "feed.json", feed, default);

        (again.New, again.AlreadyKnown, again.Matched, again.Candidates, again.Skipped.Count).ShouldBe((0, 2, 0, 0, 0));
        var now = await ReviewsAsync(feed);
        now.Select(r => (r.Status, r.ChangedAt, r.History.Count)).ShouldBe(stored.Select(r => (r.Status, r.ChangedAt, r.History.Count)));
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldNotContain("Also checked by");
    }

    [Fact]
    public async Task Two_editors_importing_the_same_feed_at_once_store_each_review_once()
    {
        var feed = Feed([.. Enumerable.Range(0, 20).Select(i => Review($"https://checkers.example.org/{Guid.NewGuid():N}", Unique($"Claim number {i}"), "Same Person"))]);
        var (first, second) = (await Editor(), await Editor());

        var results = await Task.WhenAll(
            Importer.ImportTextAsync(first, "feed.json", feed, default),
            Importer.ImportTextAsync(second, "feed.json", feed, default));

        results.Sum(r => r.New).ShouldBe(20);
        results.Sum(r => r.New + r.AlreadyKnown).ShouldBe(40);
        (await ReviewsAsync(feed)).Count.ShouldBe(20);
    }

    [Fact]
    public async Task Removing_a_wrong_link_takes_it_off_the_claim_page_and_the_history_says_who()
    {
        var claimant = Unique("Wrong Link Person");
        var story = await PublishedAsync(claimant);
        var editor = await Editor();
        await Importer.ImportTextAsync(editor, "feed.json", Feed(Review($"https://checkers.example.org/{Guid.NewGuid():N}", story.Statement, claimant, "Linkers")), default);
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("Linkers");

        await Actions.RemoveMatchAsync(editor, (await LinkOfAsync(story.ClaimId)).Id, default);

        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldNotContain("Linkers");
        await using var session = db.App.Store.QuerySession();
        var review = await session.Query<OtherReview>().SingleAsync(r => r.ClaimId == story.ClaimId);
        review.Status.ShouldBe(OtherReviewStatus.MatchRemoved);
        review.History.Select(h => (h.By.Name, h.What)).Last().ShouldBe(("Imke Editor", "link removed"));
        await Should.ThrowAsync<OtherReviewGone>(() => Actions.RemoveMatchAsync(editor, review.Id, default));
    }

    [Fact]
    public async Task An_address_on_a_loopback_site_is_fetched_through_a_redirect_and_a_page_gives_its_json_ld()
    {
        var claimant = Unique("Fetched Person");
        var story = await PublishedAsync(claimant);
        var id = Guid.NewGuid().ToString("N");
        db.Site.Serve($"/{id}/feed.json", "application/ld+json", Feed(Review($"https://checkers.example.org/{id}/1", story.Statement, claimant, "Fetchers")))
            .Redirect($"/{id}/old-feed", $"/{id}/feed.json")
            .Serve($"/{id}/page.html", "text/html; charset=utf-8", Page(Review($"https://checkers.example.org/{id}/2", Unique("A page's claim"), claimant)));
        var editor = await Editor();

        var fromFeed = await Importer.ImportAddressAsync(editor, db.Site.Url($"/{id}/old-feed").AbsoluteUri, default);
        var fromPage = await Importer.ImportAddressAsync(editor, db.Site.Url($"/{id}/page.html").AbsoluteUri, default);

        (fromFeed.New, fromFeed.Matched).ShouldBe((1, 1));
        (fromPage.New, fromPage.Candidates).ShouldBe((1, 1));
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("Fetchers");
        (await Queries.RecentImportsAsync(default)).ShouldContain(i => i.Source == db.Site.Url($"/{id}/page.html").AbsoluteUri && i.By.Name == "Imke Editor");
    }

    [Theory]
    [InlineData("big", "larger than 0.1 MB")]
    [InlineData("missing", "answered 404")]
    [InlineData("loop", "redirected more than 3 times")]
    [InlineData("to-ftp", "full web address")]
    [InlineData("garbage", "neither JSON nor an HTML page")]
    public async Task An_address_that_cannot_be_imported_is_refused_with_a_sentence_and_nothing_is_stored(string what, string words)
    {
        var id = Guid.NewGuid().ToString("N");
        db.Site.Serve($"/{id}/big", "application/json", "[" + string.Join(",", Enumerable.Repeat("{}", 60_000)) + "]")
            .Redirect($"/{id}/loop", $"/{id}/loop")
            .Redirect($"/{id}/to-ftp", "ftp://checkers.example.org/feed")
            .Serve($"/{id}/garbage", "text/plain", "hello");
        var editor = await Editor();
        var imports = (await Queries.RecentImportsAsync(default)).Count;

        var refusal = await Should.ThrowAsync<Exception>(() => Importer.ImportAddressAsync(editor, db.Site.Url($"/{id}/{what}").AbsoluteUri, default));

        refusal.ShouldBeAssignableTo<Exception>().Message.ShouldContain(words);
        (refusal is ImportFetchFailed or ImportInputInvalid).ShouldBeTrue(refusal.GetType().Name);
        (await Queries.RecentImportsAsync(default)).Count.ShouldBe(imports);
    }

    [Fact]
    public async Task A_reporter_is_refused_on_the_server_before_anything_is_fetched_or_stored()
    {
        var reporter = await DeskStaff.NewAsync(db.App, DeskRoles.Reporter);
        var path = $"/{Guid.NewGuid():N}/feed.json";
        db.Site.Serve(path, "application/json", Feed(Review("https://checkers.example.org/reporter", Unique("A reporter's import"), null)));

        await Should.ThrowAsync<DeskActionForbidden>(() => Importer.ImportAddressAsync(reporter, db.Site.Url(path).AbsoluteUri, default));
        await Should.ThrowAsync<DeskActionForbidden>(() => Importer.ImportTextAsync(reporter, "feed.json", Feed(Review("https://checkers.example.org/reporter", "x", null)), default));
        var candidate = await ACandidateAsync();
        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.DismissAsync(reporter, candidate.Id, default));

        db.Site.Requested.ShouldNotContain(path);
        await using var session = db.App.Store.QuerySession();
        (await session.LoadAsync<OtherReview>(OtherReview.IdFor("url:checkers.example.org/reporter"))).ShouldBeNull();
        (await session.LoadAsync<OtherReview>(candidate.Id))!.Status.ShouldBe(OtherReviewStatus.Candidate);
    }

    [Fact]
    public async Task A_candidate_registered_as_a_claim_is_linked_to_it_and_a_dismissed_one_leaves_the_list()
    {
        var (registered, dismissed) = (await ACandidateAsync(), await ACandidateAsync());
        var editor = await Editor();
        var claim = await new ClaimStories(db.App.Writer) { Statement = registered.Details.ClaimReviewed }.RegisterAsync("Someone");

        await Actions.LinkRegisteredAsync(editor, registered.Id, claim.ClaimId, default);
        await Actions.DismissAsync(editor, dismissed.Id, default);

        var candidates = await Queries.CandidatesAsync(default);
        candidates.ShouldNotContain(r => r.Id == registered.Id || r.Id == dismissed.Id);
        (await Queries.LinksAsync(default)).ShouldContain(r => r.Id == registered.Id && r.ClaimId == claim.ClaimId);
    }

    [Fact]
    public async Task The_import_page_lists_candidates_for_an_editor_and_turns_a_reporter_away()
    {
        var candidate = await ACandidateAsync();
        using var editor = new DeskVisitor(db.App);
        await editor.SignInAsync((await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Editor)).Email!, DeskVisitor.Password);
        using var reporter = new DeskVisitor(db.App);
        await reporter.SignInAsync((await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter)).Email!, DeskVisitor.Password);

        var page = await editor.GetAsync("/desk/import");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("Import other fact checks");
        html.ShouldContain(WebUtility.HtmlEncode(candidate.Details.ClaimReviewed));
        html.ShouldContain($"/desk/register?from-review={candidate.Id}");

        var refused = await reporter.GetAsync("/desk/import");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/account/denied");
    }

    private async Task<OtherReview> ACandidateAsync()
    {
        var words = Unique("Nobody here checked that the moon is cheese");
        await Importer.ImportTextAsync(await Editor(), "candidates.json", Feed(Review($"https://checkers.example.org/{Guid.NewGuid():N}", words, "Moon Person")), default);
        return (await Queries.CandidatesAsync(default)).Single(r => r.Details.ClaimReviewed == words);
    }

    private async Task<OtherReview> LinkOfAsync(Guid claimId)
    {
        await using var session = db.App.Store.QuerySession();
        return await session.Query<OtherReview>().SingleAsync(r => r.ClaimId == claimId && r.Status == OtherReviewStatus.Matched);
    }

    private async Task<List<OtherReview>> ReviewsAsync(string feed)
    {
        var ids = ClaimReviewReader.Read(feed).Reviews.Select(r => OtherReview.IdFor(OtherReview.KeyFor(r))).ToArray();
        await using var session = db.App.Store.QuerySession();
        return [.. (await session.LoadManyAsync<OtherReview>(ids)).OrderBy(r => r.Id)];
    }

    public void Dispose() => _reader.Dispose();
}
