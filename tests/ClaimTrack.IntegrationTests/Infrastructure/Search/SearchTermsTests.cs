using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Infrastructure.Search;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Weasel.Core;

namespace ClaimTrack.IntegrationTests.Infrastructure.Search;

public sealed class SearchTermsTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    [Fact]
    public async Task After_start_Martens_migration_has_nothing_left_to_change_so_it_keeps_the_search_tables()
    {
        await new ClaimStories(db.App.Writer).PublishedAsync("Schema Person");

        var migration = await db.App.Store.Storage.Database.CreateMigrationAsync();

        migration.Difference.ShouldBe(SchemaPatchDifference.None);
    }

    [Fact]
    public async Task Every_claim_and_every_published_claim_has_a_row_of_search_terms_and_loses_it_with_the_document()
    {
        await new ClaimStories(db.App.Writer).PublishedAsync("Terms Person");
        await new ClaimStories(db.App.Writer).RegisterAsync("Terms Person");

        (await CountAsync(ClaimSearch.AllClaims.Table)).ShouldBe(await CountAsync("mt_doc_claim"));
        (await CountAsync(ClaimSearch.PublishedClaims.Table)).ShouldBe(await CountAsync("mt_doc_publishedclaim"));

        await using (var session = db.App.Store.LightweightSession())
        {
            session.DeleteWhere<Claim>(c => c.Claimant.Name == "Terms Person");
            await session.SaveChangesAsync();
        }
        (await CountAsync(ClaimSearch.AllClaims.Table)).ShouldBe(await CountAsync("mt_doc_claim"));
    }

    [Fact]
    public async Task A_search_table_the_migration_made_anew_is_filled_and_indexed_before_anyone_searches()
    {
        await new ClaimStories(db.App.Writer) { Statement = "The estuary dredging moved a million tonnes." }.PublishedAsync("Fill Person");
        var terms = ClaimSearch.AllClaims;
        (await ScalarAsync($"select to_regclass('{terms.Schema}.{terms.IndexName}') is not null")).ShouldBe(true); // the start-up filled it

        // What Marten's migration does for a new definition: the table and its trigger, empty; then a write meanwhile.
        await ScalarAsync($"{terms.DropSql()}\n{terms.MigrationSql()}\nselect true");
        await new ClaimStories(db.App.Writer) { Statement = "The estuary ferry was written while the table filled." }.RegisterAsync("Fill Person");
        (await CountAsync(terms.Table)).ShouldBe(1);

        await SearchTermsFill.FillAsync(db.App.Store, NullLogger.Instance, default);

        (await CountAsync(terms.Table)).ShouldBe(await CountAsync("mt_doc_claim"));
        (await ScalarAsync($"select to_regclass('{terms.Schema}.{terms.IndexName}') is not null")).ShouldBe(true);
        await using var session = db.App.Store.QuerySession();
        (await session.FewMatchesAsync(terms, "estuary", default)).ShouldNotBeNull().Length.ShouldBe(2);
        (await db.App.Store.Storage.Database.CreateMigrationAsync()).Difference.ShouldBe(SchemaPatchDifference.None);
    }

    [Theory]
    [InlineData("{0}")]
    [InlineData("\"{0} mangrove\"")]
    [InlineData("{0} -harbour")]
    public async Task Rare_and_common_words_find_the_same_claims_by_either_path(string search)
    {
        // Few matches read the GIN index (FewMatchesAsync); many walk the date order (MatchingWords): same answers.
        var word = $"lagoon{Guid.NewGuid():N}"[..14];
        foreach (var text in new[] { $"The {word} mangrove grew.", $"The {word} harbour closed.", "Nothing to see." })
            await new ClaimStories(db.App.Writer) { Statement = text }.PublishedAsync("Paths Person");
        var words = string.Format(System.Globalization.CultureInfo.InvariantCulture, search, word);

        await using var session = db.App.Store.QuerySession();
        var few = await session.FewMatchesAsync(ClaimSearch.PublishedClaims, words, default);
        var walked = await session.Query<ReaderClaim>().MatchingWords(ClaimSearch.PublishedClaims, words).Select(c => c.Id).ToListAsync();

        few.ShouldNotBeNull().Length.ShouldBe(search == "{0}" ? 2 : 1);
        few.Order().ShouldBe(walked.Order());
    }

    [Theory]
    [InlineData("The budget for rural schools doubled since last year.", true)] // the same words
    [InlineData("Since last year the budget for rural schools doubled.", true)] // reordered
    [InlineData("The budget for schools doubled since last year.", true)] // one word left out
    [InlineData("The budget for rural village schools doubled since last year.", true)] // one word added
    [InlineData("The budget for rural hospitals doubled since last year.", true)] // one word changed
    [InlineData("The budget for urban hospitals doubled since last year.", false)] // two words changed
    [InlineData("The budget for schools doubled last year.", false)] // two words left out
    [InlineData("El presupuesto de las escuelas rurales se duplicó.", false)] // another statement altogether
    public async Task Statements_share_a_neighbour_key_when_their_words_are_at_most_one_apart(string typed, bool shares)
    {
        // The near-copy lookup of similar claims (Features/Intake): a key in common is what puts a claim on the list.
        var terms = ClaimSearch.AllClaims;
        const string stored = "The budget for rural schools doubled since last year.";
        string Keys(string text) => terms.NeighboursOf(terms.LikenessOf($"'{text.Replace("'", "''", StringComparison.Ordinal)}'::text"));

        (await ScalarAsync($"select {Keys(stored)} && {Keys(typed)}")).ShouldBe(shares);
    }

    [Fact]
    public async Task A_stored_claims_neighbour_keys_are_kept_with_its_terms_and_indexed()
    {
        var story = await new ClaimStories(db.App.Writer) { Statement = "The lighthouse keeper counted nine ferries." }.RegisterAsync("Keys Person");
        var terms = ClaimSearch.AllClaims;

        (await ScalarAsync($"select neighbours = {terms.NeighboursOf("likeness")} and cardinality(neighbours) > 1 from {terms.Table} where id = '{story.ClaimId}'")).ShouldBe(true);
        (await ScalarAsync($"select to_regclass('{terms.Schema}.{terms.NeighboursIndexName}') is not null")).ShouldBe(true);
    }

    [Fact]
    public async Task A_word_the_planner_estimates_common_is_walked_by_date_without_fetching_its_ids()
    {
        // A table shaped as a search table, large enough for an estimate past CommonEstimate: every row has "harbour",
        // one has "kelpie". Only the table and the search functions are used, not a document type.
        var probe = new SearchTerms($"estimate_probe_{Guid.NewGuid():N}"[..24], "unused", ["Statement"]);
        var rows = SearchTerms.CommonEstimate + 10_000;
        await ScalarAsync($"""
            create table {probe.Table} (id uuid primary key, terms tsvector not null);
            insert into {probe.Table} select gen_random_uuid(), to_tsvector('simple', 'harbour ' || case when g = 1 then 'kelpie' else 'pier' end)
                from generate_series(1, {rows}) g;
            create index on {probe.Table} using gin (terms);
            analyze {probe.Table};
            select true
            """);
        await using var session = db.App.Store.QuerySession();

        (await session.QueryAsync<Guid>(probe.FewMatchesSql, default, "harbour", "harbour")).ShouldBe([SearchTerms.TooCommon]);
        (await session.QueryAsync<Guid>(probe.RankedMatchesSql, default, "harbour", "harbour", "harbour")).ShouldBe([SearchTerms.TooCommon]);
        (await session.FewMatchesAsync(probe, "harbour", default)).ShouldBeNull();
        (await session.RankedMatchesAsync(probe, "harbour", default)).ShouldBeNull();
        // A rare word, alone or with the common one, is fetched and ranked as before.
        (await session.RankedMatchesAsync(probe, "kelpie", default)).ShouldNotBeNull().Length.ShouldBe(1);
        (await session.FewMatchesAsync(probe, "harbour kelpie", default)).ShouldNotBeNull().Length.ShouldBe(1);
        await ScalarAsync($"drop table {probe.Table}; select true");
    }

    private async Task<bool> ScalarAsync(string sql)
    {
        await using var connection = (NpgsqlConnection)db.App.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync() is true;
    }

    private async Task<long> CountAsync(string table)
    {
        await using var session = db.App.Store.QuerySession();
        return (await session.QueryAsync<long>($"select count(*) from {table}")).Single();
    }
}
