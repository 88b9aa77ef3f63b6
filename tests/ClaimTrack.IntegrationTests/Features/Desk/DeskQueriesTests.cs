using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk;

public sealed class DeskQueriesTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private DeskQueries Queries => db.App.Services.GetRequiredService<DeskQueries>();

    [Fact]
    public async Task The_grid_pages_filters_searches_and_sorts_drafts_and_published_claims()
    {
        var claimant = $"Grid Person {Guid.NewGuid():N}";
        var word = $"gridword{Guid.NewGuid():N}"[..16];
        var draft = new ClaimStories(db.App.Writer) { Statement = $"A {word} draft about turnout." };
        await draft.RegisterAsync(claimant, "Grid topic");
        var published = new ClaimStories(db.App.Writer) { Statement = $"Another {word} claim about turnout." };
        await published.PublishedAsync(claimant, "Grid topic");

        var (all, total, capped) = await Queries.PageAsync(new DeskFilter(Claimant: claimant), 0, 1, DeskSort.Updated, true, default);
        total.ShouldBe(2);
        capped.ShouldBeFalse();
        all.ShouldHaveSingleItem().Id.ShouldBe(published.ClaimId);

        (await Queries.PageAsync(new DeskFilter(Search: word), 0, 25, DeskSort.Statement, false, default)).Rows.Select(c => c.Id)
            .ShouldBe([draft.ClaimId, published.ClaimId]);
        (await Queries.PageAsync(new DeskFilter(Claimant: claimant, Status: ClaimStatus.Draft), 0, 25, DeskSort.Updated, true, default)).Rows
            .ShouldHaveSingleItem().Id.ShouldBe(draft.ClaimId);
        (await Queries.PageAsync(new DeskFilter(Claimant: claimant, Rating: "false"), 0, 25, DeskSort.Updated, true, default)).Rows
            .ShouldHaveSingleItem().Id.ShouldBe(published.ClaimId);
    }

    /// <summary>Three claims in a topic of their own, built so that every column puts them in a different order.</summary>
    private async Task<(string Topic, Guid X, Guid Y, Guid Z)> ThreeClaimsToSortAsync()
    {
        var topic = $"Sorting {Guid.NewGuid():N}"[..24];
        var suffix = Guid.NewGuid().ToString("N");
        // X: a draft, changed last (five pieces of evidence). Y: approved "true", still in review. Z: published "false".
        var x = await new ClaimStories(db.App.Writer) { Statement = "Bravo: the bridge cost twice the budget." }.RegisterAsync($"Mid {suffix}", topic);
        for (var i = 0; i < 5; i++) await x.AttachEvidenceAsync($"Invoice {i}", Guid.NewGuid());
        var y = await new ClaimStories(db.App.Writer) { Statement = "Charlie: crime fell by half." }.RegisterAsync($"Able {suffix}", topic);
        await y.AttachEvidenceAsync();
        await y.ProposeAsync("true");
        await y.ApproveAsync();
        var z = await new ClaimStories(db.App.Writer) { Statement = "Alpha: unemployment is at a record low." }.PublishedAsync($"Zed {suffix}", topic);
        return (topic, x.ClaimId, y.ClaimId, z.ClaimId);
    }

    [Fact]
    public async Task Every_column_sorts_both_ways_on_the_server()
    {
        var (topic, x, y, z) = await ThreeClaimsToSortAsync();
        var ascending = new Dictionary<DeskSort, Guid[]>
        {
            [DeskSort.Updated] = [y, z, x],
            [DeskSort.Statement] = [z, x, y],
            [DeskSort.Claimant] = [y, x, z],
            [DeskSort.Status] = [x, y, z],
            // Unrated claims come after every rating ascending, and first descending.
            [DeskSort.Rating] = [z, y, x],
        };
        ascending.Keys.ShouldBe(Enum.GetValues<DeskSort>(), ignoreOrder: true);

        foreach (var (sort, order) in ascending)
        {
            (await Queries.PageAsync(new DeskFilter(Topic: topic), 0, 25, sort, false, default)).Rows.Select(c => c.Id)
                .ShouldBe(order, $"{sort} ascending");
            (await Queries.PageAsync(new DeskFilter(Topic: topic), 0, 25, sort, true, default)).Rows.Select(c => c.Id)
                .ShouldBe(order.Reverse(), $"{sort} descending");
        }
        // Paging follows the same order: the second page of one is the middle claim.
        (await Queries.PageAsync(new DeskFilter(Topic: topic), 1, 1, DeskSort.Claimant, false, default)).Rows.Single().Id.ShouldBe(x);
    }

    [Fact]
    public async Task The_grid_search_reads_context_and_claimant_as_well_as_the_statement()
    {
        var claimant = $"Grid Person Thimbleroot{Guid.NewGuid():N}"[..33];
        var draft = new ClaimStories(db.App.Writer) { Statement = "Crime fell by half.", Context = "Said during the bramblewick debate." };
        await draft.RegisterAsync(claimant);

        (await Queries.PageAsync(new DeskFilter(Search: "bramblewick"), 0, 25, DeskSort.Updated, true, default)).Rows
            .ShouldContain(c => c.Id == draft.ClaimId);
        (await Queries.PageAsync(new DeskFilter(Search: claimant.Split(' ')[^1]), 0, 25, DeskSort.Updated, true, default)).Rows
            .ShouldHaveSingleItem().Id.ShouldBe(draft.ClaimId);
    }

    [Fact]
    public async Task Past_a_thousand_matches_the_total_stops_counting_but_a_status_alone_counts_exactly()
    {
        var word = $"capword{Guid.NewGuid():N}"[..16];
        var drafts = Enumerable.Range(0, DeskQueries.TotalCap + 5).Select(i => new Claim
        {
            Id = Guid.NewGuid(),
            Status = ClaimStatus.Draft,
            Statement = $"Claim {i} about {word}.",
            Claimant = new Claimant("Cap Person", ClaimantKind.Person, null),
            UpdatedAt = ClaimStories.Monday.AddMinutes(i),
        }).ToArray();
        await db.App.Store.BulkInsertDocumentsAsync(drafts);

        var capped = await Queries.PageAsync(new DeskFilter(Search: word), 0, 25, DeskSort.Updated, true, default);
        capped.TotalIsCapped.ShouldBeTrue();
        capped.Total.ShouldBe(DeskQueries.TotalCap);
        capped.Rows.Select(c => c.Id).ShouldBe(drafts.Reverse().Take(25).Select(c => c.Id));
        (await Queries.PageAsync(new DeskFilter(Search: word), 39, 25, DeskSort.Updated, true, default)).Rows.Count.ShouldBe(25);

        var draftsOnly = await Queries.PageAsync(new DeskFilter(Status: ClaimStatus.Draft), 0, 25, DeskSort.Updated, true, default);
        draftsOnly.TotalIsCapped.ShouldBeFalse();
        draftsOnly.Total.ShouldBe((await Queries.CountsByStatusAsync(default))[ClaimStatus.Draft]);
        draftsOnly.Total.ShouldBeGreaterThan(DeskQueries.TotalCap);

        var few = await Queries.PageAsync(new DeskFilter(Search: word, Status: ClaimStatus.Published), 0, 25, DeskSort.Updated, true, default);
        (few.Total, few.TotalIsCapped, few.Rows.Count).ShouldBe((0, false, 0));
    }

    [Fact]
    public async Task The_review_queue_shows_proposals_by_others_only()
    {
        var story = await new ClaimStories(db.App.Writer).RegisterAsync($"Queue Person {Guid.NewGuid():N}");
        await story.AttachEvidenceAsync();
        await story.ProposeAsync();

        (await Queries.ReviewQueueAsync("another-editor", twoPersonRule: true, default)).ShouldContain(c => c.Id == story.ClaimId);
        (await Queries.ReviewQueueAsync(ClaimStories.Reporter.UserId, twoPersonRule: true, default)).ShouldNotContain(c => c.Id == story.ClaimId);
        // Without the two-person rule a lone editor must see their own proposals, or nothing could ever be approved.
        (await Queries.ReviewQueueAsync(ClaimStories.Reporter.UserId, twoPersonRule: false, default)).ShouldContain(c => c.Id == story.ClaimId);
    }

    [Fact]
    public async Task The_review_queue_lists_a_proposed_change_to_a_published_claim_for_others()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync($"Change Person {Guid.NewGuid():N}");
        await story.DoAsync(new IssueCorrection("Turnout was high, not a record.", "The council's figures show **71%**.", "Wording."), ClaimStories.Editor);

        (await Queries.ReviewQueueAsync("another-editor", twoPersonRule: true, default)).ShouldContain(c => c.Id == story.ClaimId && c.PendingChange != null);
        (await Queries.ReviewQueueAsync(ClaimStories.Editor.UserId, twoPersonRule: true, default)).ShouldNotContain(c => c.Id == story.ClaimId);
    }
}
