using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Desk;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk;

public sealed class DeskActionsTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private DeskActions Actions => db.App.Services.GetRequiredService<DeskActions>();

    private static ClaimsPrincipal Person(string id, string role) => new(new ClaimsIdentity(
    [
        new System.Security.Claims.Claim(ClaimTypes.NameIdentifier, id),
        new System.Security.Claims.Claim(DeskClaimsFactory.DisplayNameClaim, $"Person {id}"),
        new System.Security.Claims.Claim(ClaimTypes.Role, role),
    ], "test"));

    private async Task<ClaimStories> WaitingForReviewAsync()
    {
        var story = await new ClaimStories(db.App.Writer).RegisterAsync($"Desk Person {Guid.NewGuid():N}");
        await story.AttachEvidenceAsync();
        return await story.ProposeAsync();
    }

    [Fact]
    public async Task A_reporter_cannot_approve_or_publish_and_nothing_is_written()
    {
        var story = await WaitingForReviewAsync();
        var reporter = Person("someone-else", DeskRoles.Reporter);

        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.RunAsync(reporter, story.ClaimId, story.Version, new ApproveVerdict(story.VerdictId, true)));
        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.RunAsync(reporter, story.ClaimId, story.Version, new PublishClaim()));

        await using var session = db.App.Store.QuerySession();
        (await session.Events.FetchStreamStateAsync(story.ClaimId))!.Version.ShouldBe(story.Version);
    }

    [Fact]
    public async Task The_proposer_cannot_approve_their_own_verdict_but_another_editor_approves_and_publishes()
    {
        var story = await WaitingForReviewAsync();
        var proposer = Person(ClaimStories.Reporter.UserId, DeskRoles.Editor);

        var own = () => Actions.RunAsync(proposer, story.ClaimId, story.Version, new ApproveVerdict(story.VerdictId, true));
        (await own.ShouldThrowAsync<ClaimRuleBroken>()).Message.ShouldContain("someone other than");

        await Actions.RunAsync(Person("second-editor", DeskRoles.Editor), story.ClaimId, story.Version, new ApproveVerdict(story.VerdictId, true));

        await using var session = db.App.Store.QuerySession();
        var published = await session.LoadAsync<ReaderClaim>(story.ClaimId);
        published.ShouldNotBeNull();
        published.Content.Timeline.Single().By.Name.ShouldBe("Person second-editor");
    }

    [Fact]
    public async Task Anonymous_callers_cannot_act()
    {
        var story = await WaitingForReviewAsync();

        await Should.ThrowAsync<DeskActionForbidden>(() =>
            Actions.RunAsync(new ClaimsPrincipal(new ClaimsIdentity()), story.ClaimId, story.Version, new AttachEvidence(Guid.NewGuid(), new EvidenceDetails("t", EvidenceKind.Other, "https://x.example.org", null, null, null, null, Stance.Context))));
    }
}
