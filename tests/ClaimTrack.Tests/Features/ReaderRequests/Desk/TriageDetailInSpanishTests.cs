using System.Globalization;
using Bunit;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.ReaderRequests;
using ClaimTrack.Web.Features.ReaderRequests.Desk;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ClaimTrack.Tests.Features.ReaderRequests.Desk;

/// <summary>
/// bUnit: a reader request opened on the triage queue by a person who chose Spanish reads in Spanish (labels, buttons,
/// close reason, history), the reader's own words untouched; the same request in English keeps the desk's English.
/// </summary>
public sealed class TriageDetailInSpanishTests : BunitContext
{
    private static readonly DateTimeOffset Received = new(2026, 11, 29, 14, 5, 0, TimeSpan.Zero);
    private readonly CultureInfo before = CultureInfo.CurrentUICulture;
    private readonly CultureInfo beforeFormats = CultureInfo.CurrentCulture;

    public TriageDetailInSpanishTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(NewsroomTime.Utc);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static ReaderRequest Tip(RequestStage stage = RequestStage.Received) => new()
    {
        Id = Guid.NewGuid(),
        Kind = RequestKind.Tip,
        Stage = stage,
        Text = "El puente se cayó dos veces",
        SaidBy = "Alcalde",
        ReceivedAt = Received,
        EmailErasedAt = Received.AddDays(1),
        ClosedReason = stage == RequestStage.Closed ? "Ya verificado" : null,
        Steps = [new("received the tip", null, Received)],
    };

    private static void Speak(string tag) => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo(tag), CultureInfo.GetCultureInfo(tag));

    private void Restore() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (before, beforeFormats);

    [Fact]
    public void An_open_tip_speaks_Spanish_and_keeps_the_readers_words()
    {
        try
        {
            Speak("es");
            var detail = Render<TriageDetail>(p => p.Add(d => d.Request, Tip()).Add(d => d.SimilarConnected, true));

            detail.Find("h6").TextContent.ShouldBe("Sugerencia · Recibidas");
            detail.Markup.ShouldContain("Qué se dijo:");
            detail.Markup.ShouldContain("El puente se cayó dos veces");
            detail.Find(".intake-email").TextContent.ShouldBe("Correo del lector: borrado el 2026-11-30 14:05");
            detail.FindAll("button").Select(b => b.TextContent.Trim()).ShouldContain("Asignármela");
            detail.Find(".intake-send-reply").TextContent.Trim().ShouldBe("Enviar la respuesta");
            detail.Find(".intake-close").TextContent.Trim().ShouldBe("Cerrar la solicitud");
            detail.Markup.ShouldContain("Motivo del cierre (lo ve el lector)");
            detail.Markup.ShouldContain("No se encontró ninguna afirmación parecida.");
            detail.Find(".intake-history li").TextContent.ShouldBe("2026-11-29 14:05: el lector envió la sugerencia");
        }
        finally { Restore(); }
    }

    [Fact]
    public void A_closed_tip_says_so_in_Spanish_and_the_same_tip_stays_English_in_English()
    {
        try
        {
            Speak("es");
            Render<TriageDetail>(p => p.Add(d => d.Request, Tip(RequestStage.Closed))).Markup.ShouldContain("Cerrada:</b> Ya verificado");

            Speak("en");
            var english = Render<TriageDetail>(p => p.Add(d => d.Request, Tip()));
            english.Find("h6").TextContent.ShouldBe("Tip · Received");
            english.Find(".intake-email").TextContent.ShouldBe("Reader's email: erased on 2026-11-30 14:05");
            english.Find(".intake-close").TextContent.Trim().ShouldBe("Close the request");
            english.Markup.ShouldNotContain("Sugerencia");
        }
        finally { Restore(); }
    }
}
