using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Publication;

namespace ClaimTrack.IntegrationTests.Features.Claims;

public sealed class ClaimWriterTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private readonly ClaimTrackApp _app = db.App;

    [Fact]
    public async Task A_save_based_on_a_stale_version_is_refused_and_names_the_newer_change()
    {
        var story = await new ClaimStories(_app.Writer).RegisterAsync("Conflict Person");
        var seen = story.Version;
        await story.AttachEvidenceAsync("Census table");

        var stale = () => _app.Writer.ExecuteAsync(story.ClaimId, seen, new RecordAppearance("Radio Uno", null, new DateOnly(2025, 3, 2), null), ClaimStories.Editor);

        var conflict = await stale.ShouldThrowAsync<ClaimEditConflict>();
        conflict.ExpectedVersion.ShouldBe(1);
        conflict.CurrentVersion.ShouldBe(2);
        conflict.NewerChange.ShouldContain("Rosa Díaz attached evidence \"Census table\"");
        await using var session = _app.Store.QuerySession();
        (await session.LoadAsync<Claim>(story.ClaimId))!.Appearances.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Two_saves_racing_from_the_same_version_keep_one_and_refuse_the_other()
    {
        var story = await new ClaimStories(_app.Writer).RegisterAsync("Race Person");
        Task<long> Attach(string title) => _app.Writer.ExecuteAsync(story.ClaimId, story.Version, new AttachEvidence(Guid.NewGuid(),
            new EvidenceDetails(title, EvidenceKind.Dataset, "https://data.example.org/t", null, null, null, null, Stance.Context)), ClaimStories.Reporter);

        var results = await Task.WhenAll(Catch(Attach("A")), Catch(Attach("B")));

        results.Count(r => r is null).ShouldBe(1);
        results.Count(r => r is ClaimEditConflict).ShouldBe(1);
        await using var session = _app.Store.QuerySession();
        (await session.LoadAsync<Claim>(story.ClaimId))!.Evidence.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_field_messages_and_nothing_is_written()
    {
        var story = await new ClaimStories(_app.Writer).RegisterAsync("Careless Person");
        var attach = () => _app.Writer.ExecuteAsync(story.ClaimId, story.Version, new AttachEvidence(Guid.NewGuid(),
            new EvidenceDetails("", EvidenceKind.Document, "javascript:alert(1)", null, null, null, null, Stance.Supports)), ClaimStories.Reporter);

        var invalid = await attach.ShouldThrowAsync<ClaimInputInvalid>();
        invalid.Errors.Keys.ShouldBe(["Title", "Url"], ignoreOrder: true);
        await using var session = _app.Store.QuerySession();
        (await session.Events.FetchStreamStateAsync(story.ClaimId))!.Version.ShouldBe(1);
    }

    [Fact]
    public async Task A_broken_rule_is_refused_and_nothing_is_written()
    {
        var story = await new ClaimStories(_app.Writer).RegisterAsync("Hasty Person");

        var propose = () => story.ProposeAsync();

        (await propose.ShouldThrowAsync<ClaimRuleBroken>()).Message.ShouldContain("evidence");
        await using var session = _app.Store.QuerySession();
        (await session.Events.FetchStreamStateAsync(story.ClaimId))!.Version.ShouldBe(1);
    }

    [Fact]
    public async Task An_unknown_claim_is_reported_as_not_found()
    {
        var act = () => _app.Writer.ExecuteAsync(Guid.NewGuid(), 1, new PublishClaim(), ClaimStories.Editor);

        await act.ShouldThrowAsync<ClaimNotFound>();
    }

    [Fact]
    public async Task Registering_the_same_claim_id_twice_is_refused()
    {
        var story = await new ClaimStories(_app.Writer).RegisterAsync("Twice Person");

        var again = () => story.RegisterAsync("Twice Person");

        await again.ShouldThrowAsync<ClaimRuleBroken>();
    }

    private static async Task<Exception?> Catch(Task task)
    {
        try { await task; return null; }
        catch (Exception e) { return e; }
    }
}
