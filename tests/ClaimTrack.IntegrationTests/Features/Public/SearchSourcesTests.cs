using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.Verdicts;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>Reader search over the evidence's titles and the verdict's reasoning, ranked so statement matches come first.</summary>
public sealed class SearchSourcesTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private async Task<ClaimStories> PublishedAsync(string statement, string evidenceTitle = "Official turnout figures",
        string reasoning = "The council's figures show **71%**.", int daysAfterMonday = 0)
    {
        var story = new ClaimStories(db.App.Writer) { Statement = statement, Start = ClaimStories.Monday.AddDays(daysAfterMonday) };
        await story.RegisterAsync("Source Search Person");
        await story.AttachEvidenceAsync(evidenceTitle);
        await story.DoAsync(new ProposeVerdict(story.VerdictId, "false", "Not a record.", reasoning, null), ClaimStories.Reporter);
        await story.ApproveAsync();
        return await story.PublishAsync();
    }

    [Fact]
    public async Task A_word_from_an_evidence_title_finds_the_claim()
    {
        await PublishedAsync("Exports fell by half last year.", evidenceTitle: "Quarterly report of the Brindlewick customs office");

        var html = await _reader.PageAsync("/search?q=brindlewick");

        html.ShouldContain("1 fact check found");
        html.ShouldContain("Exports fell by half last year.");
    }

    [Fact]
    public async Task A_word_from_the_verdicts_reasoning_finds_the_claim_and_a_correction_of_it_is_searched_at_once()
    {
        var story = await PublishedAsync("Inflation reached ten percent.", reasoning: "The Pellucidor index says **4%**.");

        (await _reader.PageAsync("/search?q=pellucidor")).ShouldContain("1 fact check found");

        await story.CorrectAsync("Not a record.", "The Quaggenheim index says **4%**.", "Named the right index");
        (await _reader.PageAsync("/search?q=quaggenheim")).ShouldContain("1 fact check found");
        (await _reader.PageAsync("/search?q=pellucidor")).ShouldContain("0 fact checks found");
    }

    [Fact]
    public async Task A_statement_match_ranks_before_a_reasoning_match_and_that_before_nothing_newer()
    {
        // Newest first would list these in the opposite order: the evidence match is the newest, the statement the oldest.
        var inStatement = await PublishedAsync("The zorblaxian dam cost a billion.", daysAfterMonday: 1);
        var inReasoning = await PublishedAsync("The new bridge cost a billion.", reasoning: "The zorblaxian audit says otherwise.", daysAfterMonday: 2);
        var inEvidence = await PublishedAsync("The tunnel cost a billion.", evidenceTitle: "Zorblaxian audit, 2024", daysAfterMonday: 3);

        var html = await _reader.PageAsync("/search?q=zorblaxian");

        html.ShouldContain("3 fact checks found");
        var (statement, reasoning, evidence) = (At(html, inStatement), At(html, inReasoning), At(html, inEvidence));
        statement.ShouldBeLessThan(reasoning);
        statement.ShouldBeLessThan(evidence);
    }

    [Fact]
    public async Task Ranked_results_keep_the_readers_filters()
    {
        await PublishedAsync("The glimmerquist port was sold.");
        var later = await PublishedAsync("A second glimmerquist port was sold.", daysAfterMonday: 1);
        await later.ReviseAsync("misleading", "New contract found.");

        (await _reader.PageAsync("/search?q=glimmerquist")).ShouldContain("2 fact checks found");
        var html = await _reader.PageAsync("/search?q=glimmerquist&rating=misleading");
        html.ShouldContain("1 fact check found");
        html.ShouldContain("A second glimmerquist port was sold.");
    }

    private static int At(string html, ClaimStories story)
    {
        var index = html.IndexOf(Reader.ClaimPath(story), StringComparison.Ordinal);
        index.ShouldBeGreaterThanOrEqualTo(0, $"{story.Statement} is listed");
        return index;
    }

    public void Dispose() => _reader.Dispose();
}
