using System.Globalization;
using System.Text.Json;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Features.Public.Translations;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;
using static ClaimTrack.Tests.Features.Claims.Translations.TranslationScenario;

namespace ClaimTrack.Tests.Features.Public.Translations;

/// <summary>Which words a claim page shows in the reader's language, and where its other language versions live.</summary>
public sealed class ClaimLanguagesTests
{
    private static readonly PublicContext Site = new("Harbour Checks", "https://factcheck.example.org", Scale);
    private static readonly NewsroomOptions EnglishFirst = new() { Languages = ["en", "es", "pt-BR"] };
    private static readonly string Path = $"/claims/{ClaimId}/turnout-was-the-highest-in-forty-years";

    [Theory]
    [InlineData("es", "La participación fue la más alta en cuarenta años.")]
    [InlineData("es-VE", "La participación fue la más alta en cuarenta años.")] // a regional culture reads its language
    [InlineData("en", null)]
    [InlineData("pt-BR", null)] // no translation into it: the original
    [InlineData("", null)] // the invariant culture of a page before localization: the original
    public void A_page_shows_the_translation_into_its_culture_when_there_is_one(string culture, string? shown)
    {
        var claim = Shown(Translated())!;

        (ClaimLanguages.ShownIn(claim, CultureInfo.GetCultureInfo(culture))?.Text.Statement).ShouldBe(shown);
    }

    [Fact]
    public void The_first_language_keeps_the_unprefixed_address_the_others_go_behind_their_tag()
    {
        ClaimLanguages.PathIn("en", Path, EnglishFirst).ShouldBe(Path);
        ClaimLanguages.PathIn("ES", Path, EnglishFirst).ShouldBe($"/es{Path}");
        ClaimLanguages.PathIn("pt-br", Path, EnglishFirst).ShouldBe($"/pt-br{Path}");
        // A language the newsroom does not publish in has no prefix to go to.
        ClaimLanguages.PathIn("fr", Path, EnglishFirst).ShouldBe(Path);
        ClaimLanguages.PathIn("en", Path, new NewsroomOptions { Languages = ["es", "en"] }).ShouldBe($"/en{Path}");
    }

    [Fact]
    public void A_page_is_the_canonical_of_the_words_it_shows()
    {
        var claim = Shown(Translated())!;
        var spanishClaim = Shown(Translated())!;
        spanishClaim.Content = spanishClaim.Content with { Language = "es" };

        ClaimLanguages.OwnPath(claim, claim.TranslationInto("es"), CultureInfo.GetCultureInfo("es"), EnglishFirst).ShouldBe($"/es{Path}");
        ClaimLanguages.OwnPath(claim, null, CultureInfo.GetCultureInfo("en"), EnglishFirst).ShouldBe(Path);
        // The original in another language's frame (no translation into it) adds nothing to the original's address.
        ClaimLanguages.OwnPath(claim, null, CultureInfo.GetCultureInfo("pt-BR"), EnglishFirst).ShouldBe(Path);
        // A Spanish original read on the Spanish pages is at home there.
        ClaimLanguages.OwnPath(spanishClaim, null, CultureInfo.GetCultureInfo("es"), EnglishFirst).ShouldBe($"/es{Path}");
    }

    [Fact]
    public void A_translated_claim_names_its_original_every_fitting_translation_and_a_default()
    {
        ClaimLanguages.Versions(Shown(Translated())!, EnglishFirst).ShouldBe([
            new LanguageVersion("en", Path), new LanguageVersion("es", $"/es{Path}"), new LanguageVersion("x-default", Path)]);
        ClaimLanguages.Versions(Shown(PublishedHistory())!, EnglishFirst).ShouldBeEmpty();
        ClaimLanguages.Versions(Shown(TranslationWaiting())!, EnglishFirst).ShouldBeEmpty();
    }

    [Fact]
    public void The_claim_review_of_a_translated_page_reviews_the_translated_claim_at_its_own_address_in_its_language()
    {
        var claim = Shown(Translated())!;
        var translation = claim.TranslationInto("es")!;

        using var translated = JsonDocument.Parse(ClaimLanguages.Markup(claim, Site, translation, $"/es{Path}"));
        using var original = JsonDocument.Parse(ClaimLanguages.Markup(claim, Site, null, Path));

        var review = translated.RootElement;
        review.GetProperty("url").GetString().ShouldBe($"https://factcheck.example.org/es{Path}");
        review.GetProperty("claimReviewed").GetString().ShouldBe("La participación fue la más alta en cuarenta años.");
        review.GetProperty("inLanguage").GetString().ShouldBe("es");
        original.RootElement.GetProperty("claimReviewed").GetString().ShouldBe(Registered().Statement);
        original.RootElement.GetProperty("url").GetString().ShouldBe($"https://factcheck.example.org{Path}");
    }

    [Fact]
    public void A_language_is_named_in_its_own_words_or_by_its_tag()
    {
        ClaimLanguages.NameOf("es").ShouldBe("español");
        ClaimLanguages.NameOf("not a tag!").ShouldBe("not a tag!");
    }
}
