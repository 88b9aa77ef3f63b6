using System.Text.Json;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Public.OpenData;
using Marten.Linq.MatchesSql;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Features.Public.OpenData;

/// <summary>
/// Reader documents saved by a version without RecordChangedAt get it at the next start, so the DataFeed and the API's
/// updatedSince list them again without a rebuild of the read models.
/// </summary>
public sealed class RecordTimesFillTests(TestCluster cluster)
{
    [Fact]
    public async Task A_start_gives_older_reader_documents_the_time_their_record_changed()
    {
        var database = await cluster.CreateDatabaseAsync("record_times");
        ClaimStories plain, translated;
        await using (var before = new ClaimTrackApp(database))
        {
            plain = await new ClaimStories(before.Writer).PublishedAsync($"Plain Person {Guid.NewGuid():N}");
            translated = await new ClaimStories(before.Writer).PublishedAsync($"Translated Person {Guid.NewGuid():N}");
            var propose = new ProposeTranslation(Guid.NewGuid(), "es", "La participación fue la más alta.", null, "No es un récord.", "Fue del 71 %.");
            await translated.DoAsync(propose, ClaimStories.Reporter);
            await translated.ApproveChangeAsync(propose.ChangeId);
            // As the version before this one wrote them.
            await ExecuteAsync(before, $"update {ReaderClaim.Table} set data = data - 'RecordChangedAt'");
            (await RecordTimesAsync(before)).ShouldAllBe(t => t.Record == null);
        }

        await using var after = new ClaimTrackApp(database);
        _ = after.Services;

        var times = await RecordTimesAsync(after);
        times.Single(t => t.Id == plain.ClaimId).Record.ShouldBe(times.Single(t => t.Id == plain.ClaimId).Modified);
        var translatedTimes = times.Single(t => t.Id == translated.ClaimId);
        translatedTimes.Record.ShouldBe(translatedTimes.Translated);
        translatedTimes.Record.ShouldNotBe(translatedTimes.Modified);
        // The harvester's view: after the publications, the translated claim is the one that changed.
        await using var session = after.Store.QuerySession();
        var published = (await session.LoadAsync<ReaderClaim>(translated.ClaimId))!.LastModifiedAt;
        using var reader = new Reader(after);
        using var feed = JsonDocument.Parse(await reader.PageAsync($"{ClaimReviewFeed.Path}?since={FeedCursor.Format(published)}"));
        feed.RootElement.GetProperty("dataFeedElement").EnumerateArray().ShouldHaveSingleItem()
            .GetProperty("url").GetString()!.ShouldContain(translated.ClaimId.ToString());
        // Once given, nothing is left for the next start to do, and it looks through the field's index, not every claim.
        (await RecordTimesFill.FillAsync(after.Store, Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance, default)).ShouldBe(0);
        (await QueryPlans.PlanAsync<ReaderClaim>(after, c => c.MatchesSql("public.mt_immutable_timestamptz(d.data ->> 'RecordChangedAt') is null")))
            .ShouldContain("mt_doc_publishedclaim_idx_record_changed_at");
    }

    private sealed record Times(Guid Id, string? Record, string? Modified, string? Translated);

    private static async Task<List<Times>> RecordTimesAsync(ClaimTrackApp app)
    {
        await using var connection = (NpgsqlConnection)app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            $"select id, data ->> 'RecordChangedAt', data ->> 'LastModifiedAt', data ->> 'TranslationsChangedAt' from {ReaderClaim.Table}", connection);
        var times = new List<Times>();
        await using var rows = await query.ExecuteReaderAsync();
        while (await rows.ReadAsync())
            times.Add(new(rows.GetGuid(0), rows.IsDBNull(1) ? null : rows.GetString(1), rows.IsDBNull(2) ? null : rows.GetString(2), rows.IsDBNull(3) ? null : rows.GetString(3)));
        return times;
    }

    private static async Task ExecuteAsync(ClaimTrackApp app, string sql)
    {
        await using var connection = (NpgsqlConnection)app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
