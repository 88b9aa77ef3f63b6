using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Features.Desk;
using Microsoft.Extensions.DependencyInjection;
using Claim = ClaimTrack.Web.Features.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>The database stops under a desk action: the editor is told, nothing is half-written, and a retry saves once.</summary>
public sealed class DatabaseBlipTests(StoppableDatabase db) : IClassFixture<StoppableDatabase>
{
    private DeskActions Actions => db.App.Services.GetRequiredService<DeskActions>();

    private static AttachEvidence Evidence(string title) =>
        new(Guid.CreateVersion7(), new EvidenceDetails(title, EvidenceKind.OfficialRecord, "https://stats.example.org/turnout", null, "Electoral Council", null, null, Stance.Supports));

    private async Task<(ClaimStories Story, ClaimsPrincipal Editor)> ClaimAsync()
    {
        var story = await new ClaimStories(db.App.Writer).RegisterAsync($"Blip Person {Guid.NewGuid():N}");
        return (story, await DeskStaff.PrincipalAsync(db.App, "blip-editor", "Blip Editor", DeskRoles.Editor));
    }

    private async Task<(long Version, bool Recorded)> StoredAsync(Guid claimId, Guid actionKey)
    {
        await using var session = db.App.Store.QuerySession();
        var state = await session.Events.FetchStreamStateAsync(claimId);
        return (state!.Version, await session.LoadAsync<SavedAction>(actionKey) is not null);
    }

    [Fact]
    public async Task A_save_the_database_stops_under_is_reported_unsaved_nothing_is_written_and_the_retry_saves_once()
    {
        var (story, editor) = await ClaimAsync();
        var attempt = Guid.NewGuid();
        var attach = Evidence("Official turnout table");
        var key = ActionKeys.For(attempt, story.ClaimId, attach);

        db.Interrupt.Arm();
        var failed = await DeskOutcome.Of(() => Actions.RunAsync(editor, attempt, story.ClaimId, story.Version, attach));
        await db.StartAsync();

        (failed.Kind, failed.Message).ShouldBe((DeskOutcomeKind.Unavailable, DeskOutcome.NotAnswering));
        (await StoredAsync(story.ClaimId, key)).ShouldBe((story.Version, false));

        // The page kept its attempt and the editor's text: the retry is the same action and goes through once.
        var retried = await DeskOutcome.Of(() => Actions.RunAsync(editor, attempt, story.ClaimId, story.Version, attach));
        retried.ShouldBe(DeskOutcome.Saved);
        (await StoredAsync(story.ClaimId, key)).ShouldBe((story.Version + 1, true));
    }

    [Fact]
    public async Task A_retry_of_a_save_that_committed_appends_nothing_and_answers_already_saved()
    {
        var (story, editor) = await ClaimAsync();
        var attempt = Guid.NewGuid();
        var attach = Evidence("Census report");

        // The first try committed; the page never heard (the answer was lost), so it sends the same action again.
        (await Actions.RunAsync(editor, attempt, story.ClaimId, story.Version, attach)).ShouldBe(new SaveReceipt(story.Version + 1, false));
        var again = await DeskOutcome.Of(() => Actions.RunAsync(editor, attempt, story.ClaimId, story.Version, attach));

        (again.IsSaved, again.Message).ShouldBe((true, DeskOutcome.EarlierTryWasSaved));
        await using var session = db.App.Store.QuerySession();
        (await session.Events.FetchStreamAsync(story.ClaimId)).Count(e => e.Data is EvidenceAttached).ShouldBe(1);
        (await session.LoadAsync<Claim>(story.ClaimId))!.Evidence.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Text_changed_after_a_lost_answer_is_a_new_action_and_meets_the_earlier_save_as_a_conflict()
    {
        var (story, editor) = await ClaimAsync();
        var attempt = Guid.NewGuid();
        await Actions.RunAsync(editor, attempt, story.ClaimId, story.Version, Evidence("Census report"));

        var changed = await DeskOutcome.Of(() => Actions.RunAsync(editor, attempt, story.ClaimId, story.Version, Evidence("Census report, 2024 edition")));

        changed.Kind.ShouldBe(DeskOutcomeKind.Conflict);
        changed.Conflict!.NewerChange.ShouldContain("Census report");
    }

    [Fact]
    public async Task A_registration_retried_after_it_committed_is_already_saved_not_a_second_claim_or_a_collision()
    {
        var (_, editor) = await ClaimAsync();
        // The page makes the claim's id when the form opens and keeps it until the claim is saved.
        var register = new RegisterClaim(Guid.CreateVersion7(), "The new bridge cost twice its budget.", true, "Roads Agency",
            ClaimantKind.Organisation, null, "Morning Post", "https://post.example.org/bridge", new DateOnly(2025, 3, 1), null, []);

        (await Actions.RegisterAsync(editor, register)).AlreadySaved.ShouldBeFalse();
        (await DeskOutcome.Of(() => Actions.RegisterAsync(editor, register))).ShouldBe(DeskOutcome.AlreadySaved);
    }

    [Fact]
    public async Task A_read_during_a_blip_shorter_than_the_retry_window_just_takes_longer()
    {
        var (story, _) = await ClaimAsync();
        await db.StopAsync();

        var read = Task.Run(async () =>
        {
            await using var session = db.App.Store.QuerySession();
            return await session.LoadAsync<Claim>(story.ClaimId);
        });
        // The blip itself: a timed outage. While it lasts the read can only wait; failing would end the task.
        await Task.Delay(TimeSpan.FromSeconds(2), TestContext.Current.CancellationToken);
        read.IsCompleted.ShouldBeFalse();
        await db.StartAsync();

        (await read)!.Id.ShouldBe(story.ClaimId);
    }
}
