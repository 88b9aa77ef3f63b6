using System.Globalization;
using Bunit;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Layout;
using ClaimTrack.Web.Features.Desk.Notifications;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Desk.Layout;

/// <summary>
/// bUnit: the desk rendered on a circuit whose culture is Spanish (what DeskLanguage sets from the person's choice)
/// speaks Spanish, from the app bar to the review cards; the same components in English stay English.
/// </summary>
public sealed class DeskInSpanishTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly CultureInfo before = CultureInfo.CurrentUICulture;
    private readonly CultureInfo beforeFormats = CultureInfo.CurrentCulture;

    public DeskInSpanishTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(NewsroomTime.Utc);
        Services.AddSingleton(TimeProvider.System);
        JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = AddAuthorization();
        auth.SetAuthorized("Rosa Díaz");
        auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "editor"), new System.Security.Claims.Claim(DeskClaimsFactory.DisplayNameClaim, "Rosa Díaz"));
        auth.SetPolicies(DeskRoles.Policies.Reporter, DeskRoles.Policies.Editor);
        SetRendererInfo(new RendererInfo("Server", true));
        ComponentFactories.AddStub<NotificationBell>();
    }

    // The culture is the circuit's; a test sets it and puts the runner's back.
    private void Restore() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (before, beforeFormats);

    private static void Speak(string tag) => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo(tag), CultureInfo.GetCultureInfo(tag));

    [Fact]
    public async Task The_app_bar_and_the_menu_speak_Spanish()
    {
        try { await AppBarAndMenuInSpanish(); }
        finally { Restore(); }
    }

    private async Task AppBarAndMenuInSpanish()
    {
        Speak("es");
        var layout = Render<DeskLayout>(p => p.Add(l => l.Body, page => page.AddContent(0, "La página.")));

        var bar = layout.FindAll("nav[aria-label='Páginas de la redacción'] a").Select(a => a.TextContent.Trim()).ToList();
        bar.ShouldBe(["Hoy", "Afirmaciones", "Solicitudes de lectores", "Revisión", "Importar"]);
        layout.Find("a.desk-skip-link").TextContent.ShouldBe("Saltar al contenido de la página");
        layout.Find(".desk-brand").TextContent.ShouldBe("Redacción de ClaimTrack");

        await layout.Find("button[aria-label=Menú]").ClickAsync(new MouseEventArgs());

        layout.WaitForAssertion(() =>
        {
            layout.Find("#desk-menu").TextContent.ShouldContain("Sesión iniciada como Rosa Díaz");
            layout.FindAll("#desk-menu a").Select(a => a.TextContent.Trim()).ShouldContain("Perfil");
            layout.Find("#desk-menu form[action='/account/logout'] button").TextContent.ShouldContain("Cerrar sesión");
        }, Patience);
    }

    [Fact]
    public void The_review_queue_speaks_Spanish_and_the_same_list_in_English_stays_English()
    {
        try { ReviewListInBothLanguages(); }
        finally { Restore(); }
    }

    private void ReviewListInBothLanguages()
    {
        var claim = Given(Registered(), EvidenceAttached(), Proposed(rating: "mostly-false"));

        Speak("es");
        var spanish = Render<ReviewList>(p => p.Add(c => c.Items, [claim]).Add(c => c.Scale, Scale));
        spanish.Markup.ShouldContain("propuesto por");
        spanish.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Aprobar y publicar");
        Render<ReviewList>(p => p.Add(c => c.Items, []).Add(c => c.Scale, Scale)).Markup.ShouldContain("Nada espera su revisión.");

        Speak("en");
        var english = Render<ReviewList>(p => p.Add(c => c.Items, [claim]).Add(c => c.Scale, Scale));
        english.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Approve and publish");
        english.Markup.ShouldNotContain("propuesto por");
    }

}
