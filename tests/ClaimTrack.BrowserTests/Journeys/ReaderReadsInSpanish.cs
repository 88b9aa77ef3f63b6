using System.Text.RegularExpressions;
using ClaimTrack.BrowserTests.Support;
using ClaimTrack.Web.Features.Claims.Publication;
using static Microsoft.Playwright.Assertions;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>
/// Issue 18: a reader whose browser speaks Spanish arrives at the front page and is sent to /es/, finds a claim by a
/// name, reads it in Spanish and switches to English, where the site stays.
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed partial class ReaderReadsInSpanish(NewsroomFixture newsroom, ChromiumFixture chromium) : Journey(newsroom.Server, chromium)
{
    [Fact]
    public async Task A_spanish_reader_finds_a_claim_reads_it_in_spanish_and_switches_to_english()
    {
        var word = UniqueWord("participacion");
        var statement = $"Según Díaz, la {word} fue la más alta en cuarenta años.";
        var story = Server.Story(statement);
        await story.RegisterAsync("Ramón Díaz", "Elecciones");
        await story.AttachEvidenceAsync();
        await story.ProposeAsync("misleading");
        await story.ApproveAsync();
        await story.DoAsync(new PublishClaim(), ClaimTrack.IntegrationTests.Support.ClaimStories.Editor);

        var reader = await OpenAsync(locale: "es-VE");
        await reader.GotoAsync("/");
        await Expect(reader).ToHaveURLAsync(new Regex("/es/$"));
        await Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Últimas verificaciones");

        var search = reader.GetByRole(AriaRole.Search, new() { Name = "Búsqueda rápida" });
        // Typed as a reader on a keyboard without accents would: the search reads "Díaz" without its accent.
        await search.GetByLabel("Buscar verificaciones").FillAsync($"Diaz {word}");
        await search.GetByRole(AriaRole.Button, new() { Name = "Buscar" }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex("/es/search\\?q="));
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "1 verificación encontrada" })).ToBeVisibleAsync();

        await reader.GetByRole(AriaRole.Link, new() { Name = statement }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex($"/es/claims/{story.ClaimId}/"));
        await Expect(reader.Locator("#verdict-heading")).ToContainTextAsync("Nuestro veredicto:");
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Name = "Pruebas" })).ToBeVisibleAsync();
        await Expect(reader.Locator(".meta time").First).ToHaveTextAsync(SpanishDay());

        await reader.GetByRole(AriaRole.Navigation, new() { Name = "Idiomas" }).GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await Expect(reader).ToHaveURLAsync(new Regex($"/claims/{story.ClaimId}/[^?]+\\?hl=en$"));
        await Expect(reader.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(reader.Locator("#verdict-heading")).ToContainTextAsync("Our verdict:");

        // A link followed on the site keeps the reader's choice, though the browser still prefers Spanish.
        await reader.GetByRole(AriaRole.Navigation, new() { Name = "Sections" }).GetByRole(AriaRole.Link, new() { Name = "Latest" }).ClickAsync();
        await Expect(reader.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Latest fact checks");
        await Expect(reader).Not.ToHaveURLAsync(new Regex("/es/"));
    }

    [GeneratedRegex(@"^\d{1,2} de [a-z]+ de \d{4}$")]
    private static partial Regex SpanishDay();
}
