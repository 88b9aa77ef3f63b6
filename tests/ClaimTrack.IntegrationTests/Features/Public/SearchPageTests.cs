using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public;

public sealed class SearchPageTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private async Task<ClaimStories> PublishedAboutAsync(string word, string claimant = "Search Person")
    {
        var story = new ClaimStories(db.App.Writer) { Statement = $"The {word} was stolen in broad daylight." };
        return await story.PublishedAsync(claimant, "Search topic");
    }

    [Fact]
    public async Task A_word_from_the_claim_finds_it_and_drafts_stay_hidden()
    {
        await PublishedAboutAsync("zanzibarite");
        var draft = new ClaimStories(db.App.Writer) { Statement = "The zanzibarite draft must not be found." };
        await draft.RegisterAsync("Draft Searcher");

        var html = await _reader.PageAsync("/search?q=zanzibarite");

        html.ShouldContain("1 fact check found");
        html.ShouldContain("The zanzibarite was stolen in broad daylight.");
        html.ShouldNotContain("must not be found");
    }

    [Fact]
    public async Task Words_from_the_context_and_the_claimants_name_find_the_claim_too()
    {
        var story = new ClaimStories(db.App.Writer) { Statement = "Unemployment doubled in a year.", Context = "Said at the marmorealist rally." };
        await story.PublishedAsync("Philippa Quendlebury", "Search topic");

        (await _reader.PageAsync("/search?q=marmorealist")).ShouldContain("1 fact check found");
        (await _reader.PageAsync("/search?q=quendlebury")).ShouldContain("1 fact check found");
        (await _reader.PageAsync("/search?q=quendlebury+-marmorealist")).ShouldContain("0 fact checks found");
    }

    [Fact]
    public async Task An_edit_waiting_for_republication_is_not_found_by_readers()
    {
        var story = await PublishedAboutAsync("velveteenish");
        await story.DoAsync(new EditClaim("The velveteenish plorbwhistle was stolen.", true, "Search Person", ClaimantKind.Person,
            "Minister of Interior", null, ["Search topic"], "en"), ClaimStories.Reporter);

        (await _reader.PageAsync("/search?q=plorbwhistle")).ShouldContain("0 fact checks found");
        (await _reader.PageAsync("/search?q=velveteenish")).ShouldContain("1 fact check found");
        var desk = db.App.Services.GetRequiredService<DeskQueries>();
        (await desk.PageAsync(new DeskFilter(Search: "plorbwhistle"), 0, 25, DeskSort.Updated, true, default)).Rows
            .ShouldHaveSingleItem().Id.ShouldBe(story.ClaimId);
    }

    [Fact]
    public async Task Filters_by_rating_claimant_topic_and_date_narrow_the_results()
    {
        var story = await PublishedAboutAsync("quokkalith", "Filter Person");
        await PublishedAboutAsync("quokkalith", "Other Filter Person");
        await story.ReviseAsync("misleading", "Context changed.");

        (await _reader.PageAsync("/search?q=quokkalith")).ShouldContain("2 fact checks found");
        (await _reader.PageAsync("/search?q=quokkalith&rating=misleading")).ShouldContain("1 fact check found");
        (await _reader.PageAsync("/search?q=quokkalith&claimant=Filter+Person")).ShouldContain("1 fact check found");
        (await _reader.PageAsync("/search?q=quokkalith&topic=search+topic")).ShouldContain("2 fact checks found");
        (await _reader.PageAsync("/search?q=quokkalith&from=2999-01-01")).ShouldContain("0 fact checks found");
    }

    [Theory]
    [InlineData("/search?q=%22unbalanced")]
    [InlineData("/search?q=a%20%26%20%7C%20!%20%3A*%20(%20)%20or%20-not")]
    [InlineData("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("/search?q=%E2%80%9Cquoted%E2%80%9D%20%E4%B8%AD%E6%96%87")]
    public async Task Odd_search_strings_answer_normally(string path)
    {
        var html = await _reader.PageAsync(path);

        html.ShouldNotContain("<script>alert(1)</script>");
    }

    [Theory]
    [InlineData("/search?from=yesterday")]
    [InlineData("/search?q=x&page=0")]
    public async Task Bad_dates_and_pages_are_a_400_with_a_message(string path)
    {
        var (response, body) = await _reader.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldContain("Search could not run");
    }

    [Fact]
    public async Task A_very_long_search_is_refused_with_a_message()
    {
        var (response, body) = await _reader.GetAsync("/search?q=" + new string('a', 5000));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldContain("limited to 200 characters");
    }

    public void Dispose() => _reader.Dispose();
}
