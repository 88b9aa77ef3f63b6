using System.Globalization;
using Bunit;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Translations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Desk;

/// <summary>
/// bUnit: the translations panel names languages in the person's language (the tag in a title), and the conflict notice
/// names a colleague's newer change in Spanish from its events, on a circuit whose culture is the person's.
/// </summary>
public sealed class DeskWordsPanelsTests : BunitContext
{
    public DeskWordsPanelsTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(NewsroomTime.Utc);
        Services.AddSingleton(Options.Create(new NewsroomOptions()));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static void Speaking(string tag, Action test)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo(tag), CultureInfo.GetCultureInfo(tag));
        try { test(); }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats); }
    }

    private static Claim Translated()
    {
        var shown = Given(PublishedHistory()).Shown!;
        var text = FactCheckText.Of(shown);
        var spanish = new Translation("es", text with { Statement = "La participación fue la más alta en cuarenta años." }, text, Now);
        return Given([.. PublishedHistory(), new TranslationApproved(ClaimId, ChangeId, spanish, Reporter, OtherEditor, Now)]);
    }

    [Theory]
    [InlineData("es", "español")]
    [InlineData("en", "Spanish")]
    public void The_translations_panel_names_each_language_in_the_persons_language(string tag, string name) => Speaking(tag, () =>
    {
        var panel = Render<TranslationsPanel>(p => p.Add(c => c.Claim, Translated()).Add(c => c.Run, _ => Task.FromResult(DeskOutcome.Saved)));

        var language = panel.Find("ul.desk-list li b");
        language.TextContent.ShouldBe(name);
        language.GetAttribute("title").ShouldBe("es");
    });

    [Fact]
    public void The_conflict_notice_names_the_newer_change_in_Spanish()
    {
        var conflict = new ClaimEditConflict(ClaimId, 2, 3, "Mei Tanaka approved the verdict at 2025-03-10 12:00 UTC")
        {
            NewerEvents = [Approved()],
        };

        Speaking("es", () =>
        {
            var notice = Render<ConflictNotice>(p => p.Add(c => c.Conflict, conflict));
            notice.Markup.ShouldContain("aprobó el veredicto el 2025-03-");
            notice.Markup.ShouldNotContain("approved the verdict");
        });
        Speaking("en", () =>
            Render<ConflictNotice>(p => p.Add(c => c.Conflict, conflict)).Markup.ShouldContain("approved the verdict at 2025-03-"));
    }
}
