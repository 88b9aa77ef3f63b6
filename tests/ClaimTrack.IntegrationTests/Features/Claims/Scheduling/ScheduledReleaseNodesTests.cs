using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Features.Claims.Scheduling;

/// <summary>Exactly once across nodes and restarts: releasers racing append one release, and a release that fell due
/// while no node ran goes out when one starts.</summary>
public sealed class ScheduledReleaseNodesTests(TestCluster cluster)
{
    [Fact]
    public async Task Releasers_racing_on_two_nodes_let_a_release_out_once()
    {
        var database = await cluster.CreateDatabaseAsync("release_race");
        var start = DateTimeOffset.UtcNow;
        FakeTimeProvider clockA = new(start), clockB = new(start);
        await using var a = ScheduledApp.Start(database, clockA);
        await using var b = ScheduledApp.Start(database, clockB);
        var story = await ScheduledApp.AwaitingReviewAsync(a, clockA, "Raced Person", "Raced topic");
        await ScheduledApp.ScheduleAsync(story, start.AddMinutes(30));
        Claim claim;
        await using (var session = a.Store.QuerySession()) claim = (await session.LoadAsync<Claim>(story.ClaimId))!;

        clockA.Advance(TimeSpan.FromHours(1));
        clockB.Advance(TimeSpan.FromHours(1));
        // Past the advisory lock, straight at the write path: four releasers with the version they read, at once
        // (and the two nodes' own releasers, just woken, besides).
        var raced = await Task.WhenAll(
            from node in new[] { a, b, a, b }
            select Task.Run(() => node.Services.GetRequiredService<ScheduledReleases>().ReleaseAsync(claim.Id, claim.Version, claim.Scheduled!)));

        raced.Count(released => released).ShouldBeLessThanOrEqualTo(1);
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), async () =>
        {
            await using var session = b.Store.QuerySession();
            return await session.LoadAsync<ReaderClaim>(story.ClaimId) is not null;
        }, "the release went out", TimeSpan.FromMilliseconds(100));
        var events = await ScheduledApp.EventTypesAsync(a, story.ClaimId);
        (events.Count<ScheduledPublicationReleased>(), events.Count<VerdictApproved>(), events.Count<ClaimPublished>()).ShouldBe((1, 1, 1));
    }

    [Fact]
    public async Task A_release_due_while_the_app_was_stopped_goes_out_when_another_starts_on_the_database()
    {
        var database = await cluster.CreateDatabaseAsync("release_restart");
        var start = DateTimeOffset.UtcNow;
        ClaimStories story;
        await using (var first = ScheduledApp.Start(database, new FakeTimeProvider(start)))
        {
            story = await ScheduledApp.AwaitingReviewAsync(first, new FakeTimeProvider(start), "Restarted Person", "Restarted topic");
            await ScheduledApp.ScheduleAsync(story, start.AddHours(1));
        }
        (await PublishedEventsAsync(database, story.ClaimId)).ShouldBe(0, "nothing released while it was not due");

        // The next node starts after the release time: its first round, at start, lets it out.
        await using var second = ScheduledApp.Start(database, new FakeTimeProvider(start.AddHours(2)));

        await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), async () =>
        {
            await using var session = second.Store.QuerySession();
            return await session.LoadAsync<ReaderClaim>(story.ClaimId) is not null;
        }, "the restarted app released it", TimeSpan.FromMilliseconds(100));
        (await ScheduledApp.EventTypesAsync(second, story.ClaimId)).Count<ScheduledPublicationReleased>().ShouldBe(1);
    }

    // With no app running: the stream as stored, read with SQL.
    private static async Task<long> PublishedEventsAsync(string database, Guid claimId)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "select count(*) from mt_events where stream_id = $1 and type in ('claim_published', 'scheduled_publication_released')", connection)
        { Parameters = { new() { Value = claimId } } };
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
