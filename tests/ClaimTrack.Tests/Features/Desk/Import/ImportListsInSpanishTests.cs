using System.Globalization;
using Bunit;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;
using ClaimTrack.Web.Features.Desk.Import;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ClaimTrack.Tests.Features.Desk.Import;

/// <summary>
/// bUnit: an import's counts and the import page's lists in Spanish, with counts written the Spanish way
/// ("1.234"); in English the counts read exactly as before, which the import page's tests and people rely on.
/// </summary>
public sealed class ImportListsInSpanishTests : BunitContext
{
    private readonly CultureInfo before = CultureInfo.CurrentUICulture;
    private readonly CultureInfo beforeFormats = CultureInfo.CurrentCulture;

    public ImportListsInSpanishTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(NewsroomTime.Utc);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static ReviewImport Run() => new()
    {
        Id = Guid.NewGuid(),
        By = new Actor("editor", "Imke Editor"),
        At = new DateTimeOffset(2026, 11, 29, 9, 30, 0, TimeSpan.Zero),
        Source = "https://checkers.example.org/feed.json",
        New = 1234,
        AlreadyKnown = 2,
        Matched = 1,
        Candidates = 3,
        Skipped = [new("item 4", "not a ClaimReview (a NewsArticle)")],
    };

    private static void Speak(string tag) => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo(tag), CultureInfo.GetCultureInfo(tag));

    private void Restore() => (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (before, beforeFormats);

    [Fact]
    public void The_counts_of_an_import_are_Spanish_words_and_Spanish_numbers()
    {
        try
        {
            Speak("es");
            var summary = Render<ImportSummary>(p => p.Add(s => s.Result, Run()));
            summary.Find(".import-counts").TextContent.ShouldBe("1.234 nuevas, 2 ya conocidas, 1 enlazadas, 3 candidatas, 1 omitidas.");
            summary.Markup.ShouldContain("Omitidas");

            Speak("en");
            Render<ImportSummary>(p => p.Add(s => s.Result, Run())).Find(".import-counts").TextContent
                .ShouldBe("1,234 new, 2 already known, 1 matched, 3 candidates, 1 skipped.");
        }
        finally { Restore(); }
    }

    [Fact]
    public void The_lists_speak_Spanish_when_empty_and_when_they_hold_an_import()
    {
        try
        {
            Speak("es");
            var lists = Render<OtherReviewLists>(p => p.Add(l => l.Candidates, []).Add(l => l.Links, [])
                .Add(l => l.Statements, new Dictionary<Guid, string>()).Add(l => l.Imports, [Run()]));

            lists.Find(".no-candidates").TextContent.ShouldBe("No espera ninguna candidata.");
            lists.Markup.ShouldContain("Todavía no hay verificaciones de otros enlazadas.");
            lists.FindAll(".imports th").Select(h => h.TextContent).ShouldBe(["Cuándo", "Quién", "Origen", "Nuevas", "Conocidas", "Enlazadas", "Candidatas", "Omitidas"]);
            lists.Find(".imports td:nth-child(4)").TextContent.ShouldBe("1.234");

            Speak("en");
            var english = Render<OtherReviewLists>(p => p.Add(l => l.Candidates, []).Add(l => l.Links, [])
                .Add(l => l.Statements, new Dictionary<Guid, string>()).Add(l => l.Imports, []));
            english.Find(".no-candidates").TextContent.ShouldBe("No candidates wait.");
            english.Markup.ShouldContain("Nothing imported yet.");
        }
        finally { Restore(); }
    }
}
