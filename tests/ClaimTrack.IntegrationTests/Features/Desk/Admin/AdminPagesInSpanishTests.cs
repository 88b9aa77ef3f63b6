using System.Globalization;
using System.Security.Claims;
using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk.Admin;
using ClaimTrack.Web.Features.Desk.Pages;
using ClaimTrack.Web.Features.ReaderRequests.Desk;
using MudBlazor;
using MudBlazor.Services;
using SecurityClaim = System.Security.Claims.Claim;

namespace ClaimTrack.IntegrationTests.Features.Desk.Admin;

/// <summary>
/// bUnit with the app's services over PostgreSQL: the Admin's pages, the import page and the reader-request queue,
/// rendered for a person whose desk speaks Spanish, load their real data and speak Spanish; in English they keep
/// the words the other desk tests click by.
/// </summary>
public sealed class AdminPagesInSpanishTests : BunitContext, IClassFixture<ClaimsDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClaimsDatabase _db;
    private readonly CultureInfo before = CultureInfo.CurrentUICulture;
    private readonly CultureInfo beforeFormats = CultureInfo.CurrentCulture;

    public AdminPagesInSpanishTests(ClaimsDatabase db)
    {
        _db = db;
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(db.App.Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = AddAuthorization();
        auth.SetAuthorized("Ana Admin");
        auth.SetRoles(DeskRoles.Admin);
        // The pages' actions check the stored role: the person exists.
        DeskStaff.PrincipalAsync(db.App, "admin-es", "Ana Admin", DeskRoles.Admin).GetAwaiter().GetResult();
        auth.SetClaims(new SecurityClaim(ClaimTypes.NameIdentifier, "admin-es"), new SecurityClaim(DeskClaimsFactory.DisplayNameClaim, "Ana Admin"));
        auth.SetPolicies(DeskRoles.Policies.Admin, DeskRoles.Policies.Editor, DeskRoles.Policies.Reporter);
        Render<MudPopoverProvider>();
    }

    private static void Speak(string tag) => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo(tag), CultureInfo.GetCultureInfo(tag));

    private void Restore() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (before, beforeFormats);

    [Fact]
    public void The_people_tab_lists_the_newsroom_in_Spanish_and_in_English()
    {
        try
        {
            Speak("es");
            var admin = Render<AdminPage>();
            admin.WaitForAssertion(() =>
            {
                admin.Find("h1").TextContent.ShouldBe("Administración");
                admin.FindAll("th").Select(h => h.TextContent).ShouldBe(["Nombre", "Correo electrónico", "Rol", "Bloqueo"]);
                admin.Markup.ShouldContain("Ana Admin"); // loaded from the database
                admin.FindAll(".mud-tab").Select(t => t.TextContent.Trim()).ShouldBe(["Personas", "Escala de calificaciones", "Autores y temas"]);
                admin.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Bloquear");
                admin.Markup.ShouldContain("Añadir una persona");
                // A role select shows its value's label: Ana's own role, and "Reporter" for the new person.
                admin.FindAll(".mud-select input").Select(i => i.GetAttribute("value")).ShouldContain("Administrador");
                admin.FindAll(".mud-select input").Select(i => i.GetAttribute("value")).ShouldContain("Reportero");
            }, Patience);

            Speak("en");
            var english = Render<AdminPage>();
            english.WaitForAssertion(() =>
            {
                english.FindAll(".mud-tab").Select(t => t.TextContent.Trim()).ShouldBe(["People", "Rating scale", "Claimants and topics"]);
                english.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Lock");
                english.FindAll(".mud-select input").Select(i => i.GetAttribute("value")).ShouldContain("Admin");
                english.Markup.ShouldContain("Ana Admin");
            }, Patience);
        }
        finally { Restore(); }
    }

    [Fact]
    public void The_rating_scale_editor_speaks_Spanish_over_the_stored_scale()
    {
        try
        {
            Speak("es");
            var editor = Render<RatingScaleEditor>();
            editor.WaitForAssertion(() =>
            {
                editor.FindAll(".scale-rating").Count.ShouldBeGreaterThan(0); // the stored scale, from PostgreSQL
                editor.Markup.ShouldContain("Las calificaciones en uso nunca se borran");
                editor.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Guardar la escala");
                editor.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Añadir la calificación");
                editor.Markup.ShouldContain("Cambios en la escala");
                editor.Markup.ShouldContain("Valor ClaimReview (de 1, el peor, a 5, el mejor)");
            }, Patience);
        }
        finally { Restore(); }
    }

    [Fact]
    public async Task A_webhook_without_an_address_is_refused_with_a_Spanish_field_message()
    {
        try
        {
            Speak("es");
            var webhooks = Render<WebhooksPage>();
            webhooks.WaitForAssertion(() => webhooks.Markup.ShouldContain("Registrar una dirección"), Patience);

            // Found and clicked in one turn of the renderer (a button found earlier may carry a handler id a later render dropped).
            await webhooks.InvokeAsync(() => webhooks.FindAll("button").Single(b => b.TextContent.Trim() == "Registrar").ClickAsync(new()));

            // The refusal is the server's (WebhookActions over PostgreSQL), its English sentence said in Spanish.
            webhooks.WaitForAssertion(() =>
                webhooks.Find(".webhook-address").TextContent.ShouldContain("Escriba la dirección a la que se envían los cambios de la redacción."), Patience);
        }
        finally { Restore(); }
    }

    [Fact]
    public async Task An_import_without_an_address_is_refused_in_Spanish()
    {
        try
        {
            Speak("es");
            var import = Render<ImportPage>();
            import.WaitForAssertion(() => import.Markup.ShouldContain("Importaciones recientes"), Patience);

            await import.InvokeAsync(() => import.Find(".import-from-address").ClickAsync(new()));

            import.WaitForAssertion(() =>
                import.Find(".import-problem").TextContent.ShouldContain("Escriba una dirección web completa que empiece por https:// (o http://)."), Patience);
        }
        finally { Restore(); }
    }

    [Fact]
    public void Webhooks_import_and_reader_requests_speak_Spanish()
    {
        try
        {
            Speak("es");
            var webhooks = Render<WebhooksPage>();
            webhooks.WaitForAssertion(() =>
            {
                webhooks.Find("h1").TextContent.ShouldBe("Webhooks");
                webhooks.Markup.ShouldContain("Registrar una dirección");
                webhooks.FindAll("th").Select(h => h.TextContent).ShouldBe(["Dirección", "Eventos", "Activa", "Registrada", ""]);
                webhooks.Markup.ShouldContain("publicada (published)");
            }, Patience);

            var import = Render<ImportPage>();
            import.WaitForAssertion(() =>
            {
                import.Find("h1").TextContent.ShouldBe("Importar verificaciones de otros");
                import.Find(".import-from-address").TextContent.Trim().ShouldBe("Importar desde la dirección");
                import.Markup.ShouldContain("Importaciones recientes");
            }, Patience);

            var intake = Render<TriagePage>();
            intake.WaitForAssertion(() =>
            {
                intake.Find("h1").TextContent.ShouldBe("Solicitudes de lectores");
                intake.FindAll(".intake-counts .mud-chip").Select(c => c.TextContent.Trim()).ShouldContain("Todas las abiertas");
                intake.FindAll(".intake-counts .mud-chip")[0].TextContent.Trim().ShouldStartWith("Recibidas: ");
                intake.FindAll("th").Select(h => h.TextContent).ShouldBe(["Recibida", "Tipo", "Qué", "Etapa", "Asignada a", ""]);
            }, Patience);
        }
        finally { Restore(); }
    }
}
