using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Desk.Pages;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using MudBlazor.Services;
using SecurityClaim = System.Security.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk.Translations;

/// <summary>
/// The workspace's Translations panel and the review queue, rendered by bUnit over the app's own services: a Reporter
/// proposes a translation, it waits for review, and another Editor approves it in the review queue.
/// </summary>
public sealed class TranslationDeskTests : BunitContext, IClassFixture<ClaimsDatabase>
{
    // Generous: on a loaded machine a save and its reload take seconds; a missing line still fails.
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClaimsDatabase _db;

    public TranslationDeskTests(ClaimsDatabase db)
    {
        _db = db;
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(db.App.Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private void SignedInAs(string userId, string name, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(name);
        auth.SetRoles(roles);
        DeskStaff.PrincipalAsync(_db.App, userId, name, roles).GetAwaiter().GetResult();
        auth.SetClaims(new SecurityClaim(ClaimTypes.NameIdentifier, userId), new SecurityClaim(DeskClaimsFactory.DisplayNameClaim, name));
        auth.SetPolicies([.. roles.Select(r => $"desk-{r.ToLowerInvariant()}"), DeskRoles.Policies.Reporter]);
        Render<MudPopoverProvider>();
    }

    /// <summary>A field of the Translations panel (the claim's own form has fields of the same names).</summary>
    private static AngleSharp.Dom.IElement FieldLabelled(IRenderedComponent<IComponent> page, string label) =>
        page.Find("[data-testid=translations]").QuerySelectorAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    [Fact]
    public async Task A_reporter_proposes_a_translation_in_the_workspace_and_it_waits_for_review()
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "The new tram line carries forty thousand riders." }
            .PublishedAsync($"Transit Board {Guid.NewGuid():N}");
        SignedInAs("reporter-translation", "Rosa Díaz", DeskRoles.Reporter);

        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, story.ClaimId));
        workspace.WaitForAssertion(() => workspace.Markup.ShouldContain("Readers can read this fact check in en only."), Patience);
        workspace.FindAll("[data-testid=translations] button").Single(b => b.TextContent.Trim() == "Translate").Click();
        workspace.WaitForAssertion(() => workspace.Find("[data-testid=translations]").InnerHtml.ShouldContain("Propose for review"), Patience);
        // The form starts from the original's words: the translator replaces them.
        await FieldLabelled(workspace, "Statement").QuerySelector("textarea")!.ChangeAsync("La nueva línea de tranvía lleva cuarenta mil pasajeros.");
        await FieldLabelled(workspace, "Verdict summary").QuerySelector("input")!.ChangeAsync("No, lleva la mitad.");
        workspace.FindAll("button").Single(b => b.TextContent.Trim() == "Propose for review").Click();

        workspace.WaitForAssertion(() =>
        {
            workspace.Markup.ShouldContain("Proposed: a translation into es, waiting for an Editor");
            workspace.Find("ol[aria-label=History]").TextContent.ShouldContain("Rosa Díaz proposed a translation into es for readers");
        }, Patience);
        await using var session = _db.App.Store.QuerySession();
        (await session.LoadAsync<ReaderClaim>(story.ClaimId))!.Translations.ShouldBeEmpty();
        var waiting = (await session.LoadAsync<ClaimTrack.Web.Features.Claims.Claim>(story.ClaimId))!.PendingChange!.Translation!;
        (waiting.Language, waiting.Text.Statement, waiting.Text.Summary, waiting.Text.Context)
            .ShouldBe(("es", "La nueva línea de tranvía lleva cuarenta mil pasajeros.", "No, lleva la mitad.", null));
    }

    [Fact]
    public async Task The_review_queue_shows_a_proposed_translation_and_an_editor_approves_it_for_readers()
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "The ferry fleet doubled in ten years." }
            .PublishedAsync($"Harbour Board {Guid.NewGuid():N}");
        var change = Guid.NewGuid();
        await story.DoAsync(new ProposeTranslation(change, "es", "La flota de ferris se duplicó en diez años.", null, "No, creció un tercio.", "Los registros lo muestran."),
            ClaimStories.Reporter);
        SignedInAs("editor-translation", "Mei Tanaka", DeskRoles.Editor);

        var queue = Render<ReviewQueue>();
        queue.WaitForAssertion(() => queue.Markup.ShouldContain("La flota de ferris se duplicó en diez años."), Patience);
        var card = queue.FindAll(".mud-card").Single(c => c.TextContent.Contains("The ferry fleet doubled", StringComparison.Ordinal));
        card.TextContent.ShouldContain("New translation into es");
        card.QuerySelectorAll("button").Single(b => b.TextContent.Contains("Approve for readers", StringComparison.Ordinal)).Click();

        queue.WaitForAssertion(() => queue.Markup.ShouldNotContain("La flota de ferris"), Patience);
        await using var reading = _db.App.Store.QuerySession();
        var translation = (await reading.LoadAsync<ReaderClaim>(story.ClaimId))!.TranslationInto("es").ShouldNotBeNull();
        (translation.Text.Statement, translation.Text.Summary).ShouldBe(("La flota de ferris se duplicó en diez años.", "No, creció un tercio."));
    }
}
