using System.Globalization;
using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.FrontPage;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.Desk.Notifications;
using ClaimTrack.Web.Features.Desk.Pages;
using ClaimTrack.Web.Localization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using MudBlazor;
using MudBlazor.Services;
using SecurityClaim = System.Security.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>
/// The sentences with names and numbers in them, over PostgreSQL: a refusal from the server's own checks (a missing role,
/// a broken rule with a value), the workspace's history lines and a notification, read by a person who chose Spanish.
/// The culture is the circuit's (what DeskLanguage sets); each test puts the runner's back.
/// </summary>
public sealed class DeskWordsInSpanishTests : BunitContext, IClassFixture<ClaimsDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClaimsDatabase _db;

    public DeskWordsInSpanishTests(ClaimsDatabase db)
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

    private IStringLocalizer<DeskText> Words => _db.App.Services.GetRequiredService<IStringLocalizer<DeskText>>();

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

    [Fact]
    public Task A_reporters_refused_pin_is_said_in_Spanish_and_logged_in_English() => InSpanish(async () =>
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "El metro llega a Petare.", Language = "es" }.PublishedAsync("Alcaldía Words");
        var reporter = await DeskStaff.NewAsync(_db.App, DeskRoles.Reporter, "Rosa Reportera");
        var actions = _db.App.Services.GetRequiredService<DeskActions>();

        var outcome = await DeskOutcome.Of(() => actions.RunAsync(reporter, Guid.NewGuid(), story.ClaimId, story.Version, new PinClaim(1)));

        outcome.Kind.ShouldBe(DeskOutcomeKind.Refused);
        outcome.In(Words).ShouldBe(
            "Su rol no permite esta acción: hace falta el rol Editor. No se guardó nada; pida a un administrador que cambie su rol si debería permitirla.");
        outcome.Message.ShouldStartWith("Your role does not allow this: pin claim needs the Editor role.");
    });

    [Fact]
    public Task A_rule_refusal_with_a_number_in_it_reaches_the_workspace_in_Spanish() => InSpanish(async () =>
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "La represa está llena.", Language = "es" }.PublishedAsync("Corpoelec Words");
        await _db.App.Writer.ExecuteAsync(story.ClaimId, story.Version, new PinClaim(2), ClaimStories.Editor);
        SignedInAs("editor-es-words", "Amir Palabras", DeskRoles.Editor);
        var snackbars = Render<MudSnackbarProvider>();
        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, story.ClaimId));

        // The panel offers to move the pin, starting from its place (2): moving it to where it is is the refusal. The
        // workspace renders again as its panels load, so the click finds its button afresh until it lands.
        workspace.WaitForAssertion(() => workspace.FindAll("button").Single(b => b.TextContent.Trim() == "Mover a otro puesto").Click(), Patience);

        snackbars.WaitForAssertion(() =>
        {
            snackbars.Markup.ShouldContain("Esta afirmación ya está fijada en el puesto 2.");
            snackbars.Markup.ShouldNotContain("already pinned");
        }, Patience);
    });

    [Fact]
    public Task The_workspace_history_is_worded_in_Spanish_from_the_events() => InSpanish(async () =>
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "El peaje subió al doble.", Language = "es" }.PublishedAsync("Gobernación Words");
        SignedInAs("editor-es-history", "Amir Historia", DeskRoles.Editor);

        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, story.ClaimId));

        workspace.WaitForAssertion(() =>
        {
            var history = workspace.FindAll("ol.desk-list li").Select(l => l.TextContent.Trim()).ToList();
            history.ShouldContain(l => l.StartsWith("Rosa Díaz registró la afirmación el ", StringComparison.Ordinal));
            history.ShouldContain(l => l.StartsWith("Rosa Díaz adjuntó la prueba «Official turnout figures» el ", StringComparison.Ordinal));
            history.ShouldContain(l => l.StartsWith("Amir Haddad publicó la afirmación el ", StringComparison.Ordinal));
            workspace.Markup.ShouldNotContain("registered the claim");
        }, Patience);
    });

    [Fact]
    public Task A_colleagues_change_heard_while_the_workspace_is_open_is_named_in_Spanish() => InSpanish(async () =>
    {
        var story = await new ClaimStories(_db.App.Writer) { Statement = "El agua llega dos días por semana.", Language = "es" }.RegisterAsync("Hidrocapital Words");
        SignedInAs("editor-es-newer", "Amir Aviso", DeskRoles.Editor);
        var workspace = Render<ClaimWorkspace>(p => p.Add(w => w.Id, story.ClaimId));
        workspace.WaitForAssertion(() => workspace.Markup.ShouldContain("registró la afirmación"), Patience);

        // Saved by someone else, on a flow whose culture is not this person's (the runner's, here English).
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.InvariantCulture, CultureInfo.InvariantCulture);
        try { await story.AttachEvidenceAsync("Boletín de Hidrocapital", Guid.NewGuid()); }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats); }

        workspace.WaitForAssertion(() =>
        {
            var notice = workspace.Find(".newer-change").TextContent;
            notice.ShouldContain("Otra persona cambió esta afirmación: Rosa Díaz adjuntó la prueba «Boletín de Hidrocapital» el ");
            notice.ShouldNotContain("attached evidence");
        }, Patience);
    });

    [Fact]
    public Task A_notification_is_worded_in_Spanish_when_shown() => InSpanish(async () =>
    {
        var amir = SignedInAs("editor-es-words-notified", "Amir Avisado", DeskRoles.Editor);
        var rosa = await DeskStaff.NewAsync(_db.App, DeskRoles.Reporter, "Rosa Escribe");
        var story = await new ClaimStories(_db.App.Writer) { Statement = "El pan cuesta el triple.", Language = "es" }.RegisterAsync("Panaderos Words");
        var notes = _db.App.Services.GetRequiredService<NoteActions>();
        var handle = (await notes.DeskAsync(default)).Single(p => p.UserId == DeskStaff.IdOf(amir)).Handle;
        await notes.AddAsync(rosa, story.ClaimId, new AddNote(Guid.NewGuid(), $"@{handle} ¿tiene la factura?"));
        (await _db.App.Services.GetRequiredService<NotificationInbox>().UnreadCountAsync(amir, default)).ShouldBeGreaterThan(0);

        var page = Render<NotificationsPage>();

        page.WaitForAssertion(() =>
        {
            page.Find(".notification-list").TextContent.ShouldContain($"Rosa Escribe le mencionó en una nota: “@{handle} ¿tiene la factura?”");
            page.Find(".notification-list").TextContent.ShouldNotContain("mentioned you");
        }, Patience);
    });
}
