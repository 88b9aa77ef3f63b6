using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Assignments;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Assignments;
using ClaimTrack.Web.Features.Desk.Home;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk.Assignments;

/// <summary>Assignments through the desk's own actions, and the grid's and the home's lists, on the real database.</summary>
public sealed class AssignmentDeskTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private DeskActions Actions => db.App.Services.GetRequiredService<DeskActions>();
    private DeskQueries Queries => db.App.Services.GetRequiredService<DeskQueries>();
    private DeskHomeQueries Home => db.App.Services.GetRequiredService<DeskHomeQueries>();
    private AssignablePeople Staff => db.App.Services.GetRequiredService<AssignablePeople>();

    private static Assignee Named(ClaimsPrincipal person, NewsroomRole role) => new(DeskStaff.IdOf(person), person.Identity!.Name!, role);

    private async Task<ClaimStories> RegisteredAsync(string claimant) =>
        await new ClaimStories(db.App.Writer).RegisterAsync(claimant);

    private async Task<long> AssignAsync(ClaimsPrincipal editor, ClaimStories story, AssignClaim command) =>
        (await Actions.RunAsync(editor, Guid.NewGuid(), story.ClaimId, story.Version, command)).Version;

    private async Task<IReadOnlyList<Guid>> GridAsync(DeskFilter filter, ClaimsPrincipal viewer) =>
        [.. (await Queries.PageAsync(filter with { Viewer = DeskStaff.IdOf(viewer) }, 0, 100, DeskSort.Updated, true, default)).Rows.Select(c => c.Id)];

    [Fact]
    public async Task The_grid_shows_mine_waiting_for_me_and_overdue_and_the_history_says_who_assigned_what()
    {
        var claimant = $"Assigned Person {Guid.NewGuid():N}";
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor, "Desk Editor");
        var reviewer = await DeskStaff.NewAsync(db.App, DeskRoles.Editor, "Review Editor");
        var reporter = await DeskStaff.NewAsync(db.App, DeskRoles.Reporter, "Field Reporter");
        var inAWeek = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(7);

        // A: the reporter's, reviewed by the second editor, due in a week; its verdict now waits for that review.
        var a = await RegisteredAsync(claimant);
        a = ClaimStories.Continuing(db.App.Writer, a.ClaimId,
            await AssignAsync(editor, a, new AssignClaim(Named(reporter, NewsroomRole.Reporter), Named(reviewer, NewsroomRole.Editor), inAWeek, ClaimPriority.High)));
        await a.AttachEvidenceAsync();
        await a.ProposeAsync();
        // B: the reporter's, given a due day in 2025 (a save made then), its verdict sent back: overdue, and the reporter's move.
        var b = await RegisteredAsync(claimant);
        b = ClaimStories.Continuing(db.App.Writer, b.ClaimId, await db.App.Writer.ExecuteAsync(b.ClaimId, b.Version,
            new AssignClaim(Named(reporter, NewsroomRole.Reporter), null, new DateOnly(2025, 3, 4), ClaimPriority.Normal), ClaimStories.Editor, ClaimStories.Monday));
        await b.AttachEvidenceAsync();
        await b.ProposeAsync();
        await b.DoAsync(new SendBackVerdict(b.VerdictId, "Cite the council's table."), ClaimStories.Editor);
        // C: someone else's, published although its day passed: done, so never overdue.
        var c = await RegisteredAsync(claimant);
        c = ClaimStories.Continuing(db.App.Writer, c.ClaimId, await db.App.Writer.ExecuteAsync(c.ClaimId, c.Version,
            new AssignClaim(Named(editor, NewsroomRole.Editor), null, new DateOnly(2025, 3, 4), ClaimPriority.Normal), ClaimStories.Editor, ClaimStories.Monday));
        await c.AttachEvidenceAsync();
        await c.ProposeAsync();
        await c.ApproveAsync();
        await c.PublishAsync();

        (await GridAsync(new DeskFilter(Focus: DeskFocus.Mine), reporter)).ShouldBe([b.ClaimId, a.ClaimId], ignoreOrder: true);
        (await GridAsync(new DeskFilter(Focus: DeskFocus.Mine), reviewer)).ShouldBeEmpty();
        (await GridAsync(new DeskFilter(Focus: DeskFocus.WaitingForMe), reviewer)).ShouldBe([a.ClaimId]);
        (await GridAsync(new DeskFilter(Focus: DeskFocus.WaitingForMe), reporter)).ShouldBe([b.ClaimId]);
        (await GridAsync(new DeskFilter(Claimant: claimant, Focus: DeskFocus.Overdue), editor)).ShouldBe([b.ClaimId]);
        (await GridAsync(new DeskFilter(Claimant: claimant), editor)).Count.ShouldBe(3);

        var history = (await Queries.HistoryAsync(a.ClaimId, default)).Select(h => h.What).ToList();
        history.ShouldContain(h => h.StartsWith("Desk Editor assigned the claim to Field Reporter at ", StringComparison.Ordinal));
        history.ShouldContain(h => h.StartsWith("Desk Editor asked Review Editor to review the claim at ", StringComparison.Ordinal));
        history.ShouldContain(h => h.StartsWith("Desk Editor changed the priority from normal to high at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_reporter_cannot_assign_and_nobody_can_name_a_locked_account_or_a_reporter_as_reviewer()
    {
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor);
        var reporter = await DeskStaff.NewAsync(db.App, DeskRoles.Reporter, "Locked Reporter");
        var story = await RegisteredAsync($"Refused Person {Guid.NewGuid():N}");

        await Should.ThrowAsync<DeskActionForbidden>(() => AssignAsync(reporter, story, new AssignClaim(Named(reporter, NewsroomRole.Reporter), null, null, ClaimPriority.Normal)));
        // The page may claim any role: the stored one is what counts.
        var asReviewer = await Should.ThrowAsync<ClaimInputInvalid>(() => AssignAsync(editor, story, new AssignClaim(null, Named(reporter, NewsroomRole.Editor), null, ClaimPriority.Normal)));
        asReviewer.Errors["Reviewer"].Single().ShouldBe("Locked Reporter is a Reporter: reviewing needs the Editor role.");

        using (var scope = db.App.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
            var person = (await users.FindByIdAsync(DeskStaff.IdOf(reporter)))!;
            (await users.SetLockoutEndDateAsync(person, DateTimeOffset.MaxValue)).Succeeded.ShouldBeTrue();
        }
        var locked = await Should.ThrowAsync<ClaimInputInvalid>(() => AssignAsync(editor, story, new AssignClaim(Named(reporter, NewsroomRole.Reporter), null, null, ClaimPriority.Normal)));
        locked.Errors.Keys.ShouldBe(["Owner"]);
        (await Staff.ActiveAsync(default)).ShouldNotContain(p => p.UserId == DeskStaff.IdOf(reporter));

        await using var session = db.App.Store.QuerySession();
        (await session.Events.FetchStreamStateAsync(story.ClaimId))!.Version.ShouldBe(story.Version);
    }

    [Fact]
    public async Task The_home_lists_the_persons_claims_overdue_first_what_is_due_today_and_what_waits_for_their_review()
    {
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor, "Home Editor");
        var reviewer = await DeskStaff.NewAsync(db.App, DeskRoles.Editor, "Home Reviewer");
        var reporter = await DeskStaff.NewAsync(db.App, DeskRoles.Reporter, "Home Reporter");
        var time = db.App.Services.GetRequiredService<NewsroomTime>();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, time.Zone).DateTime);
        var claimant = $"Home Person {Guid.NewGuid():N}";
        var mine = Named(reporter, NewsroomRole.Reporter);

        var later = await RegisteredAsync(claimant);
        later = ClaimStories.Continuing(db.App.Writer, later.ClaimId,
            await AssignAsync(editor, later, new AssignClaim(mine, Named(reviewer, NewsroomRole.Editor), today.AddDays(2), ClaimPriority.Normal)));
        var undated = await RegisteredAsync(claimant);
        await AssignAsync(editor, undated, new AssignClaim(mine, null, null, ClaimPriority.Low));
        var dueToday = await RegisteredAsync(claimant);
        await AssignAsync(editor, dueToday, new AssignClaim(mine, null, today, ClaimPriority.Urgent));
        var overdue = await RegisteredAsync(claimant);
        await db.App.Writer.ExecuteAsync(overdue.ClaimId, overdue.Version, new AssignClaim(mine, null, new DateOnly(2025, 3, 4), ClaimPriority.Normal), ClaimStories.Editor, ClaimStories.Monday);
        await later.AttachEvidenceAsync();
        await later.ProposeAsync();

        var home = await Home.ForAsync(DeskStaff.IdOf(reporter), default);
        home.Day.ShouldBe(today);
        home.Assigned.Select(c => c.Id).ShouldBe([overdue.ClaimId, dueToday.ClaimId, later.ClaimId, undated.ClaimId]);
        home.DueToday.Select(c => c.Id).ShouldContain(dueToday.ClaimId);
        home.DueToday.Select(c => c.Id).ShouldNotContain(overdue.ClaimId);
        home.WaitingForMe.ShouldBeEmpty();
        (await Home.ForAsync(DeskStaff.IdOf(reviewer), default)).WaitingForMe.Select(c => c.Id).ShouldBe([later.ClaimId]);
        (await Home.ForAsync(DeskStaff.IdOf(editor), default)).Assigned.ShouldBeEmpty();
    }

    [Fact]
    public async Task The_home_shows_the_intake_queue_and_the_link_checks_findings_through_the_hook_the_desk_owns()
    {
        var reporter = await DeskStaff.NewAsync(db.App, DeskRoles.Reporter);
        var sections = db.App.Services.GetServices<IDeskHomeSection>().ToList();

        var arranged = DeskHomeSlots.Arrange(sections);
        var tips = arranged.Single(a => a.Slot == DeskHomeSlots.ReaderTips).Source.ShouldNotBeNull();
        var section = (await tips.ForAsync(reporter, default)).ShouldNotBeNull();
        section.Summary.ShouldContain("received and not yet looked at");
        section.MoreHref.ShouldBe("/desk/intake");
        (await tips.ForAsync(new ClaimsPrincipal(new ClaimsIdentity()), default)).ShouldBeNull();
        var links = arranged.Single(a => a.Slot == DeskHomeSlots.BrokenLinks).Source.ShouldNotBeNull();
        var found = (await links.ForAsync(reporter, default)).ShouldNotBeNull();
        found.Title.ShouldBe("Broken links");
        found.MoreHref.ShouldBe("/desk?links=broken");
    }
}
