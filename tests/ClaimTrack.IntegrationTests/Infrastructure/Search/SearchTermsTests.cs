using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Public;
using Marten;
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

        (await CountAsync(DeskSetup.SearchTerms.Table)).ShouldBe(await CountAsync("mt_doc_claim"));
        (await CountAsync(PublicSetup.SearchTerms.Table)).ShouldBe(await CountAsync("mt_doc_publishedclaim"));

        await using (var session = db.App.Store.LightweightSession())
        {
            session.DeleteWhere<Claim>(c => c.Claimant.Name == "Terms Person");
            await session.SaveChangesAsync();
        }
        (await CountAsync(DeskSetup.SearchTerms.Table)).ShouldBe(await CountAsync("mt_doc_claim"));
    }

    private async Task<long> CountAsync(string table)
    {
        await using var session = db.App.Store.QuerySession();
        return (await session.QueryAsync<long>($"select count(*) from {table}")).Single();
    }
}
