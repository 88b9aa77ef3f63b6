using System.Text.RegularExpressions;
using ClaimTrack.BrowserTests.Support;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>
/// Journey 11: an Admin demotes an Editor whose review page is already open; the Editor's next approve is refused on
/// the server, and the claim stays unpublished. The open page holds the old role in its circuit, so only the server's
/// check of the stored role stands between a demoted person and the public site.
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed class AdminDemotesAnEditor(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    private const string Admin = "admin@demo.claimtrack";

    [Fact]
    public async Task The_demoted_editors_next_approve_is_refused_and_nothing_is_published()
    {
        // An Editor of this journey's own: demoting a demo account would change the other journeys' newsroom.
        var name = UniqueWord("Demoted");
        var email = $"{name.ToLowerInvariant()}@test.claimtrack";
        await CreateEditorAsync(email, name);

        var statement = $"The {UniqueWord("harbour")} port doubled its exports in a year.";
        var story = Server.Story(statement);
        await story.RegisterAsync("Port Authority");
        await story.AttachEvidenceAsync("Customs export ledger");
        await story.ProposeAsync();

        var editor = await OpenAsync();
        await SignInAsync(editor, email);
        await GoToDeskAsync(editor, "/desk/review");
        var card = editor.Locator(".mud-card").Filter(new() { HasText = statement });
        var approve = card.GetByRole(AriaRole.Button, new() { Name = "Approve and publish" });
        await Expect(approve).ToBeVisibleAsync();

        var admin = await OpenAsync(Admin);
        await GoToDeskAsync(admin, "/desk/admin");
        var row = admin.Locator("tr").Filter(new() { HasText = email });
        await row.Locator("div.mud-select").First.ClickAsync();
        await admin.Locator(".mud-popover-open .mud-list-item").GetByText(DeskRoles.Reporter, new() { Exact = true }).ClickAsync();
        await Expect(admin.Locator(".mud-snackbar")).ToContainTextAsync(name);
        await WaitForStoredRoleAsync(email, DeskRoles.Reporter);

        // The open page still shows the button (its circuit began as an Editor); pressing it must change nothing.
        // Either the server refuses the action, or the page's periodic revalidation has already sent the person to
        // sign in: both are a refusal, and on a busy machine either can come first.
        if (await approve.IsVisibleAsync())
        {
            await approve.ClickAsync();
            await Expect(editor.Locator(".mud-snackbar").Or(editor.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).First)
                .ToBeVisibleAsync();
            if (await editor.Locator(".mud-snackbar").CountAsync() > 0)
                await Expect(editor.Locator(".mud-snackbar")).ToContainTextAsync("Your role does not allow this");
        }
        await Artifacts.ScreenshotAsync(editor, "demoted-editor-refused");

        using (var session = Server.Store.QuerySession())
            (await session.LoadAsync<ReaderClaim>(story.ClaimId)).ShouldBeNull();
        var reader = await OpenAsync();
        var response = await reader.GotoAsync($"/claims/{story.ClaimId}/any");
        response!.Status.ShouldBe(404);

        // On the next page the desk knows the new role: the review queue is closed to a Reporter.
        await editor.GotoAsync("/desk/review");
        await Expect(editor).Not.ToHaveURLAsync(new Regex("/desk/review$"));
    }

    private async Task CreateEditorAsync(string email, string name)
    {
        using var scope = Server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var person = new DeskUser { UserName = email, Email = email, DisplayName = name, Roles = [DeskRoles.Editor] };
        var created = await users.CreateAsync(person, DemoPassword);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    // The role select saves as it changes; wait for the stored role, not for a fixed time.
    private Task<TimeSpan> WaitForStoredRoleAsync(string email, string role) =>
        Eventually.HoldsAsync(TimeSpan.FromSeconds(15), async () =>
        {
            using var scope = Server.Services.CreateScope();
            var person = await scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>().FindByEmailAsync(email);
            return person!.Roles.SequenceEqual([role]);
        }, $"{email} is stored as {role}", TimeSpan.FromMilliseconds(100));
}
