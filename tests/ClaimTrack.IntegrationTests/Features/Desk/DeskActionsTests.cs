using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Admin;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ClaimTrack.IntegrationTests.Features.Desk;

public sealed class DeskActionsTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private DeskActions Actions => db.App.Services.GetRequiredService<DeskActions>();
    private AdminActions Admin => db.App.Services.GetRequiredService<AdminActions>();

    private Task<ClaimsPrincipal> Person(string id, string role) => DeskStaff.PrincipalAsync(db.App, id, $"Person {id}", role);

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
        var reporter = await Person("someone-else", DeskRoles.Reporter);

        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.RunAsync(reporter, Guid.NewGuid(), story.ClaimId, story.Version, new ApproveVerdict(story.VerdictId, true)));
        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.RunAsync(reporter, Guid.NewGuid(), story.ClaimId, story.Version, new PublishClaim()));

        await using var session = db.App.Store.QuerySession();
        (await session.Events.FetchStreamStateAsync(story.ClaimId))!.Version.ShouldBe(story.Version);
    }

    [Fact]
    public async Task The_proposer_cannot_approve_their_own_verdict_but_another_editor_approves_and_publishes()
    {
        var story = await WaitingForReviewAsync();
        var proposer = await Person(ClaimStories.Reporter.UserId, DeskRoles.Editor);

        var own = () => Actions.RunAsync(proposer, Guid.NewGuid(), story.ClaimId, story.Version, new ApproveVerdict(story.VerdictId, true));
        (await own.ShouldThrowAsync<ClaimRuleBroken>()).Message.ShouldContain("someone other than");

        await Actions.RunAsync(await Person("second-editor", DeskRoles.Editor), Guid.NewGuid(), story.ClaimId, story.Version, new ApproveVerdict(story.VerdictId, true));

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
            Actions.RunAsync(new ClaimsPrincipal(new ClaimsIdentity()), Guid.NewGuid(), story.ClaimId, story.Version, new AttachEvidence(Guid.NewGuid(), new EvidenceDetails("t", EvidenceKind.Other, "https://x.example.org", null, null, null, null, Stance.Context))));
    }

    [Fact]
    public async Task A_demoted_editor_cannot_approve_with_the_principal_they_signed_in_with()
    {
        var story = await WaitingForReviewAsync();
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor);
        await Admin.SetRoleAsync(await DeskStaff.NewAsync(db.App, DeskRoles.Admin), DeskStaff.IdOf(editor), DeskRoles.Reporter);

        // The principal still says Editor (an open page, a cookie issued before); the stored role is Reporter.
        editor.IsInRole(DeskRoles.Editor).ShouldBeTrue();
        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.RunAsync(editor, Guid.NewGuid(), story.ClaimId, story.Version, new ApproveVerdict(story.VerdictId, true)));

        await using var session = db.App.Store.QuerySession();
        (await session.Events.FetchStreamStateAsync(story.ClaimId))!.Version.ShouldBe(story.Version);
    }

    [Fact]
    public async Task A_locked_person_cannot_act_with_the_principal_they_signed_in_with()
    {
        var story = await WaitingForReviewAsync();
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor);
        await Admin.LockAsync(await DeskStaff.NewAsync(db.App, DeskRoles.Admin), DeskStaff.IdOf(editor));

        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.RunAsync(editor, Guid.NewGuid(), story.ClaimId, story.Version, new ApproveVerdict(story.VerdictId, true)));
    }

    [Fact]
    public async Task Failed_sign_ins_by_someone_else_do_not_end_an_editors_work()
    {
        var story = await WaitingForReviewAsync();
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor);
        using var scope = db.App.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var person = (await users.FindByIdAsync(DeskStaff.IdOf(editor)))!;
        // What five wrong passwords typed at the sign-in page for this address do: a 15-minute lock on new sign-ins.
        for (var i = 0; i < 5; i++) await users.AccessFailedAsync(person);
        (await users.IsLockedOutAsync(person)).ShouldBeTrue();

        var identity = scope.ServiceProvider.GetRequiredService<IOptions<IdentityOptions>>().Value;
        (await DeskRevalidatingAuthenticationStateProvider.StampStillValidAsync(users, identity, editor)).ShouldBeTrue();
        await Actions.RunAsync(editor, Guid.NewGuid(), story.ClaimId, story.Version, new ApproveVerdict(story.VerdictId, true));
        await using var session = db.App.Store.QuerySession();
        (await session.LoadAsync<ReaderClaim>(story.ClaimId)).ShouldNotBeNull();
    }
}
