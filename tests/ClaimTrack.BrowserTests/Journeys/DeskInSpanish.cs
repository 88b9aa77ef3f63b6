using System.Text.RegularExpressions;
using ClaimTrack.BrowserTests.Support;
using ClaimTrack.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>
/// A reporter chooses Spanish on their profile: the next desk page, its live circuit included (MudBlazor's pager, a
/// filter clicked after the page came alive), is in Spanish, and so are a claim workspace's side panels and the
/// field problems its forms show; a colleague's desk at the same moment stays English.
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed partial class DeskInSpanish(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task A_reporter_who_chooses_Spanish_gets_the_desk_in_Spanish_and_a_colleague_keeps_English()
    {
        // A reporter of this journey's own: a demo account's language would change the other journeys' desk.
        var name = UniqueWord("Lucia");
        var email = $"{name.ToLowerInvariant()}@test.claimtrack";
        await CreateReporterAsync(email, name);
        var reporter = await OpenAsync();
        await SignInAsync(reporter, email);

        await reporter.GotoAsync("/account/profile");
        await reporter.GetByLabel("The desk's language").SelectOptionAsync("es");
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(reporter.GetByRole(AriaRole.Status)).ToContainTextAsync("from the next page");

        await GoToDeskAsync(reporter, "/desk");
        await Expect(reporter.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = "Afirmaciones", Level = 1 })).ToBeVisibleAsync();
        // Only the circuit answers a click: the page that answers it must still speak Spanish.
        await reporter.Locator(".desk-focus").GetByText("Mías", new() { Exact = true }).ClickAsync();
        await Expect(reporter).ToHaveURLAsync(FocusMine());
        await Expect(reporter.GetByRole(AriaRole.Link, new() { Name = "Registrar una afirmación" })).ToBeVisibleAsync();
        await Expect(reporter.Locator(".mud-table-pagination")).ToContainTextAsync("Filas por página");
        await Expect(reporter.GetByText("Register a claim")).ToHaveCountAsync(0);

        // A claim's workspace: the side panels are Spanish, and a form refused by the server says why in Spanish.
        var story = Server.Story($"The {UniqueWord("ferry")} crossing takes forty minutes.");
        await story.RegisterAsync("Ferry Board");
        await story.AttachEvidenceAsync("Ferry timetable");
        await GoToDeskAsync(reporter, $"/desk/claims/{story.ClaimId}");
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = "Pruebas", Exact = true })).ToBeVisibleAsync();
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = "Apariciones", Exact = true })).ToBeVisibleAsync();
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = "Notas", Exact = true })).ToBeVisibleAsync();
        await Expect(reporter.GetByText("contradice la afirmación")).ToBeVisibleAsync();
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Registrar una aparición" }).ClickAsync();
        await reporter.GetByRole(AriaRole.Button, new() { Name = "Registrar", Exact = true }).ClickAsync();
        await Expect(reporter.GetByText("La fecha en que apareció la afirmación es obligatoria: escríbala o elíjala.")).ToBeVisibleAsync();
        await Expect(reporter.GetByRole(AriaRole.Heading, new() { Name = "Evidence", Exact = true })).ToHaveCountAsync(0);

        var colleague = await OpenAsync(Reporter);
        await GoToDeskAsync(colleague, "/desk");
        await Expect(colleague.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(colleague.GetByRole(AriaRole.Heading, new() { Name = "Claims", Level = 1 })).ToBeVisibleAsync();
        await Expect(colleague.Locator(".mud-table-pagination")).ToContainTextAsync("Rows per page");
    }

    private async Task CreateReporterAsync(string email, string name)
    {
        using var scope = Server.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var person = new DeskUser { UserName = email, Email = email, DisplayName = name, Roles = [DeskRoles.Reporter] };
        var created = await users.CreateAsync(person, DemoPassword);
        created.Succeeded.ShouldBeTrue(string.Join("; ", created.Errors.Select(e => e.Description)));
    }

    [GeneratedRegex("focus=mine")]
    private static partial Regex FocusMine();
}
