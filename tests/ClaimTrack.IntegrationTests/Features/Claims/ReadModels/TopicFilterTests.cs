using System.Linq.Expressions;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Marten.Linq;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Features.Claims.ReadModels;

public sealed class TopicFilterTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    [Fact]
    public async Task Listing_published_claims_by_topic_can_use_the_topic_index()
    {
        (await PlanAsync(TopicFilter.Holds<ReaderClaim>("elections"))).ShouldContain("mt_doc_publishedclaim_idx_topic_slugs");
    }

    [Fact]
    public async Task A_topic_feed_can_use_the_topic_index()
    {
        (await PlanAsync(TopicFilter.Holds<VerdictUpdate>("elections"))).ShouldContain("mt_doc_verdictupdate_idx_topic_slugs");
    }

    [Fact]
    public async Task The_filter_finds_the_claims_filed_under_the_topic_and_no_others()
    {
        var topic = $"Tidal {Guid.NewGuid():N}"[..14];
        await new ClaimStories(db.App.Writer).PublishedAsync("Topic Person", topic);
        await new ClaimStories(db.App.Writer).PublishedAsync("Topic Person", "Elsewhere");

        await using var session = db.App.Store.QuerySession();
        var found = await session.Query<ReaderClaim>().Where(TopicFilter.Holds<ReaderClaim>(Slugs.From(topic))).ToListAsync();

        found.Single().TopicSlugs.ShouldBe([Slugs.From(topic)]);
    }

    // The plan PostgreSQL makes for Marten's own SQL when a sequential scan is off the table: an expression that does not
    // match the index's shows a scan of the table (or another index) instead.
    private async Task<string> PlanAsync<T>(Expression<Func<T, bool>> filter) where T : notnull
    {
        await using var session = db.App.Store.QuerySession();
        var command = session.Query<T>().Where(filter).ToCommand(FetchType.Count);
        await using var connection = (NpgsqlConnection)db.App.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand("set local enable_seqscan = off", connection, transaction)) await off.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("explain " + command.CommandText, connection, transaction);
        foreach (NpgsqlParameter parameter in command.Parameters) explain.Parameters.Add(parameter.Clone());
        var plan = new List<string>();
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync()) plan.Add(reader.GetString(0));
        return string.Join("\n", plan);
    }
}
