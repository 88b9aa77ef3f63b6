using System.Globalization;
using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.Desk.Notifications;
using ClaimTrack.Web.Features.Desk.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using SecurityClaim = System.Security.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>
/// The workspace's side panels, the register page and the notifications page for a person who chose Spanish, over
/// PostgreSQL (bUnit for the pages): headings and buttons in Spanish, and the decisions' field problems worded in
/// Spanish at their fields. The culture is the circuit's (what DeskLanguage sets); each test puts the runner's back.
/// </summary>
public sealed class DeskPanelsInSpanishTests : BunitContext, IClassFixture<ClaimsDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClaimsDatabase _db;

    public DeskPanelsInSpanishTests(ClaimsDatabase db)
    {
        _db = db;
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(db.App.Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static async Task InSpanish(Func<Task> test)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo("es"), CultureInfo.GetCultureInfo("es"));
        try { await test(); }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats); }
    }

    private ClaimsPrincipal SignedInAs(string userId, string name, params string[] roles)
    {
        var auth = AddAuthorization();
        auth.SetAuthorized(name);
        auth.SetRoles(roles);
        var person = DeskStaff.PrincipalAsync(_db.App, userId, name, roles).GetAwaiter().GetResult();
        auth.SetClaims(new SecurityClaim(ClaimTypes.NameIdentifier, userId), new SecurityClaim(DeskClaimsFactory.DisplayNameClaim, name));
        auth.SetPolicies([.. roles.Select(r => $"desk-{r.ToLowerInvariant()}"), DeskRoles.Policies.Reporter]);
        Render<MudPopoverProvider>(); // after every service: rendering freezes the container
        return person;
    }

    private static AngleSharp.Dom.IElement FieldLabelled(IRenderedComponent<IComponent> page, string label) =>
        page.FindAll(".mud-input-control").Single(c => c.QuerySelector("label")?.TextContent.Trim() == label);

    private static AngleSharp.Dom.IElement Button(IRenderedComponent<IComponent> page, string text) =>
        page.FindAll("button").Single(b => b.TextContent.Trim() == text);

    [Fact]
    public Task The_workspace_panels_speak_Spanish_and_a_refused_attachment_says_why_in_Spanish() => InSpanish(async () =>
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "El puente se abrió en mayo.", Language = "es" }.PublishedAsync("Puente Español");
        SignedInAs("editor-es-panels", "Amir Haddad", DeskRoles.Editor);

        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, story.ClaimId));
        workspace.WaitForAssertion(() =>
        {
            var headings = workspace.FindAll("h6").Select(h => h.TextContent.Trim()).ToList();
            headings.ShouldContain("Apariciones");
            headings.ShouldContain("Pruebas");
            headings.ShouldContain("Asignación");
            headings.ShouldContain("Notas");
            headings.ShouldContain("Traducciones");
            headings.ShouldContain("Portada");
            headings.ShouldNotContain("Evidence");
            workspace.Markup.ShouldContain("Añadida por Rosa Díaz");
            workspace.Markup.ShouldContain("contradice la afirmación");
        }, Patience);

        // The workspace renders again as its panels finish loading: a button found just before a render has lost its
        // handler by the click (bUnit's UnknownEventHandlerIdException), so each click finds its button afresh until it lands.
        workspace.WaitForAssertion(() => Button(workspace, "Añadir una prueba").Click(), Patience);
        workspace.WaitForAssertion(() => Button(workspace, "Añadir").Click(), Patience);

        // The decision refuses it (PostgreSQL is never asked to store it); its problems read in Spanish at the fields.
        workspace.WaitForAssertion(() =>
        {
            FieldLabelled(workspace, "Título").ClassList.ShouldContain("mud-input-error");
            FieldLabelled(workspace, "Título").TextContent.ShouldContain("Este campo es obligatorio.");
            FieldLabelled(workspace, "Dirección web").TextContent.ShouldContain("Indique una dirección web o una cita");
            workspace.Markup.ShouldNotContain("The title is required.");
        }, Patience);
    });

    [Fact]
    public Task The_register_page_speaks_Spanish_and_says_what_is_missing_in_Spanish() => InSpanish(() =>
    {
        SignedInAs("reporter-es-register", "Rosa Díaz", DeskRoles.Reporter);

        var page = Render<RegisterClaimPage>();
        page.Find("h1").TextContent.ShouldBe("Registrar una afirmación");
        Button(page, "Registrar").Click();

        page.WaitForAssertion(() =>
        {
            FieldLabelled(page, "Fecha en que apareció").ClassList.ShouldContain("mud-input-error");
            page.Markup.ShouldContain("La fecha en que apareció la afirmación es obligatoria: escríbala o elíjala.");
            FieldLabelled(page, "Dónde apareció (medio)").TextContent.ShouldContain("Este campo es obligatorio.");
            page.Markup.ShouldNotContain("is required");
        }, Patience);
        return Task.CompletedTask;
    });

    [Fact]
    public Task The_notifications_page_speaks_Spanish() => InSpanish(async () =>
    {
        var amir = SignedInAs("editor-es-notified", "Amir Notificado", DeskRoles.Editor);
        var rosa = await DeskStaff.NewAsync(_db.App, DeskRoles.Reporter, "Rosa Menciona");
        var story = await new ClaimStories(_db.App.Writer) { Statement = "La inflación bajó a la mitad.", Language = "es" }.RegisterAsync("Banco Central");
        var notes = _db.App.Services.GetRequiredService<NoteActions>();
        var handle = (await notes.DeskAsync(default)).Single(p => p.UserId == DeskStaff.IdOf(amir)).Handle;
        await notes.AddAsync(rosa, story.ClaimId, new AddNote(Guid.NewGuid(), $"@{handle} ¿puede llamar al banco?"));
        (await _db.App.Services.GetRequiredService<NotificationInbox>().UnreadCountAsync(amir, default)).ShouldBeGreaterThan(0);

        var page = Render<NotificationsPage>();

        page.WaitForAssertion(() =>
        {
            page.Find("h1").TextContent.ShouldBe("Notificaciones");
            Button(page, "Marcar todas como leídas").ShouldNotBeNull();
            page.Find(".notification-list").TextContent.ShouldContain("Le mencionó");
            Button(page, "Marcar como leída").ShouldNotBeNull();
        }, Patience);
    });
}
