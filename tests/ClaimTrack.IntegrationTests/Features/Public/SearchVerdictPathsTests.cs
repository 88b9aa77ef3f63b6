using System.Text.RegularExpressions;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.Pages;
using ClaimTrack.Web.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>
/// Reader search by each path SearchVerdicts chooses: the first search of some words asks PostgreSQL's estimate; the
/// node then knows them rare (ids and list read in one round trip) or common (walked by date, no ids fetched). Every
/// path must find the same fact checks; the ranked ones in the same order.
/// </summary>
public sealed partial class SearchVerdictPathsTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);
    private SearchVerdicts Verdicts => db.App.Services.GetRequiredService<SearchVerdicts>();

    [Fact]
    public async Task A_search_known_rare_lists_the_same_fact_checks_in_the_same_order_as_the_first_search_did()
    {
        var word = Word("quillon");
        await new ClaimStories(db.App.Writer) { Statement = $"The {word} bridge cost a billion.", Start = ClaimStories.Monday }.PublishedAsync("Paths Person");
        var later = await new ClaimStories(db.App.Writer) { Statement = $"A {word} tunnel cost a billion more.", Start = ClaimStories.Monday.AddDays(1) }.PublishedAsync("Paths Person");
        await later.ReviseAsync("misleading", "A new contract was found.");
        await new ClaimStories(db.App.Writer) { Statement = "Nothing of the kind was built.", Start = ClaimStories.Monday.AddDays(2) }.PublishedAsync("Paths Person");
        var retracted = await new ClaimStories(db.App.Writer) { Statement = $"The {word} canal was never dug.", Start = ClaimStories.Monday.AddDays(3) }.PublishedAsync("Paths Person");
        await retracted.RetractAsync("The quote was invented.");
        Verdicts.IsCommon(ClaimSearch.PublishedClaims, word).ShouldBeNull();

        var first = await SearchAsync($"/search?q={word}");
        Verdicts.IsCommon(ClaimSearch.PublishedClaims, word).ShouldBe(false);
        var second = await SearchAsync($"/search?q={word}");
        var filtered = await SearchAsync($"/search?q={word}&rating=misleading");

        first.Found.ShouldBe("2 fact checks found");
        second.Found.ShouldBe(first.Found);
        second.Claims.ShouldBe(first.Claims);
        filtered.Found.ShouldBe("1 fact check found");
        filtered.Claims.ShouldBe([Reader.ClaimPath(later)]);
    }

    [Fact]
    public async Task A_search_known_rare_with_more_matches_than_one_read_pages_them_in_rank_order()
    {
        var word = Word("brisket");
        var count = SearchRanking.ReadAllUpTo + 2;
        for (var i = 0; i < count; i++)
            await new ClaimStories(db.App.Writer) { Statement = $"Claim {i} says the {word} market grew.", Start = ClaimStories.Monday.AddHours(i) }.PublishedAsync("Pages Person");

        var first = await SearchAsync($"/search?q={word}&page=2");
        var second = await SearchAsync($"/search?q={word}&page=2");

        first.Found.ShouldBe($"{count} fact checks found");
        first.Claims.Count.ShouldBe(SearchQuery.PageSize, "page 2 is full");
        second.Found.ShouldBe(first.Found);
        second.Claims.ShouldBe(first.Claims);
    }

    [Fact]
    public async Task A_search_known_common_finds_the_same_fact_checks_by_date()
    {
        var word = Word("marigold");
        var older = await new ClaimStories(db.App.Writer) { Statement = $"The {word} harvest doubled.", Start = ClaimStories.Monday }.PublishedAsync("Common Person");
        var newer = await new ClaimStories(db.App.Writer) { Statement = $"The {word} harvest halved, said another.", Start = ClaimStories.Monday.AddDays(1) }.PublishedAsync("Common Person");

        Verdicts.Remember(ClaimSearch.PublishedClaims, word, common: true);
        var walked = await SearchAsync($"/search?q={word}");

        walked.Found.ShouldBe("2 fact checks found");
        walked.Claims.ShouldBe([Reader.ClaimPath(newer), Reader.ClaimPath(older)]);
    }

    private static string Word(string stem) => $"{stem}{Guid.NewGuid():N}"[..14];

    /// <summary>The page as the app renders it now (an Authorization header: the output cache neither answers nor stores it).</summary>
    private async Task<(string Found, List<string> Claims)> SearchAsync(string path)
    {
        var (response, html) = await _reader.GetAsync(path, request => request.Headers.Add("Authorization", "Test uncached"));
        response.EnsureSuccessStatusCode();
        var found = FoundLine().Match(html).Value;
        return (found, [.. ClaimLink().Matches(html).Select(m => m.Groups[1].Value).Distinct()]);
    }

    [GeneratedRegex(@"\d+ fact checks? found")]
    private static partial Regex FoundLine();

    [GeneratedRegex("href=\"(/claims/[^\"]+)\"")]
    private static partial Regex ClaimLink();

    public void Dispose() => _reader.Dispose();
}
