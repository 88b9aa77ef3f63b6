using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Translations;

namespace ClaimTrack.Web.Features.Public.Translations;

/// <summary>One language's version of a page: its BCP 47 tag (or "x-default") and its reader address.</summary>
public sealed record LanguageVersion(string Language, string Path);

/// <summary>
/// Which text a claim page shows in the reader's language, and the addresses of its other language versions. The
/// page's language is <see cref="CultureInfo.CurrentUICulture"/>, which the reader's address prefix sets (/es/...), so
/// this never parses addresses itself. The newsroom's first language keeps the unprefixed addresses.
/// </summary>
public static class ClaimLanguages
{
    public const string Default = "x-default";

    /// <summary>The translation a page in <paramref name="culture"/> shows, or null for the original text.</summary>
    public static Translation? ShownIn(ReaderClaim claim, CultureInfo culture)
    {
        foreach (var language in new[] { culture.Name, culture.Parent.Name }.Where(n => n.Length > 0))
        {
            if (string.Equals(language, claim.Content.Language, StringComparison.OrdinalIgnoreCase)) return null;
            if (claim.TranslationInto(language) is { } translation) return translation;
        }
        return null;
    }

    /// <summary>
    /// The page's own address, its canonical: the translation's address when it shows one, the original's when the page is
    /// in the original's language, and otherwise the unprefixed address (a page showing the original in another
    /// language's frame says nothing the original's address does not).
    /// </summary>
    public static string OwnPath(ReaderClaim claim, Translation? shown, CultureInfo culture, NewsroomOptions newsroom)
    {
        var path = PublicPaths.Claim(claim.Id, claim.Slug);
        if (shown is not null) return PathIn(shown.Language, path, newsroom);
        var original = claim.Content.Language;
        var inOriginal = string.Equals(culture.Name, original, StringComparison.OrdinalIgnoreCase)
            || string.Equals(culture.Parent.Name, original, StringComparison.OrdinalIgnoreCase);
        return inOriginal ? PathIn(original, path, newsroom) : path;
    }

    /// <summary>
    /// Every language version of the claim page: the original, each translation that fits, and x-default (the
    /// unprefixed address). None when there is no translation: a page without versions has nothing to point to.
    /// </summary>
    public static IReadOnlyList<LanguageVersion> Versions(ReaderClaim claim, NewsroomOptions newsroom) =>
        Versions(PublicPaths.Claim(claim.Id, claim.Slug), claim.Content.Language, claim.TranslatedInto, newsroom);

    public static IReadOnlyList<LanguageVersion> Versions(string path, string original, IReadOnlyList<string> translatedInto, NewsroomOptions newsroom)
    {
        if (translatedInto.Count == 0) return [];
        return
        [
            new(original, PathIn(original, path, newsroom)),
            .. translatedInto.Select(language => new LanguageVersion(language, PathIn(language, path, newsroom))),
            new(Default, path),
        ];
    }

    /// <summary>A reader address in a language: the newsroom's first language (and any it does not publish in, which has
    /// no prefix to go to) unprefixed, every other language behind its tag (/es/claims/...).</summary>
    public static string PathIn(string language, string path, NewsroomOptions newsroom)
    {
        var configured = newsroom.Languages.FirstOrDefault(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase));
        return configured is null || newsroom.Languages[0] == configured ? path : $"/{configured.ToLowerInvariant()}{path}";
    }

    /// <summary>The ClaimReview of a claim page at its own address (<see cref="OwnPath"/>, as its canonical link says);
    /// on a translated page, the translated claim and its language.</summary>
    public static string Markup(ReaderClaim claim, PublicContext site, Translation? shown, string path)
    {
        var review = ClaimReviewMarkup.Build(claim, site);
        review["url"] = site.Absolute(path);
        if (shown is null) return review.ToJsonString();
        review["claimReviewed"] = shown.Text.Statement;
        review["inLanguage"] = shown.Language;
        return review.ToJsonString();
    }

    /// <summary>The language's own name for itself ("español"), or its tag when the system knows no name for it.</summary>
    public static string NameOf(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language).NativeName is { Length: > 0 } name ? name : language;
        }
        catch (CultureNotFoundException)
        {
            return language;
        }
    }
}
