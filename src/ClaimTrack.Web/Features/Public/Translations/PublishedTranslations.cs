using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Translations;

namespace ClaimTrack.Web.Features.Public.Translations;

/// <summary>
/// The translations machines are given (the API, the feeds, the exports): exactly those a reader page shows, the
/// approved ones that still say what the original says. One rule for every output, so no copy ever offers words the
/// claim's own pages no longer show: an out-of-date translation waits for its revision here too.
/// </summary>
public static class PublishedTranslations
{
    public static IReadOnlyList<Translation> Of(ReaderClaim claim) =>
        claim.Retracted ? [] : [.. claim.TranslatedInto.Select(claim.TranslationInto).OfType<Translation>()];

    /// <summary>The translation into <paramref name="language"/> a machine may give, or null for the original's words.</summary>
    public static Translation? Into(ReaderClaim claim, string? language) =>
        language is null ? null : Of(claim).FirstOrDefault(t => t.IsIn(language));

    /// <summary>The claim's page in a language, by the site's own languages (the default unprefixed).</summary>
    public static string PagePath(ReaderClaim claim, string language, PublicContext site) =>
        ClaimLanguages.PathIn(language, PublicPaths.Claim(claim.Id, claim.Slug), new NewsroomOptions { Languages = site.Languages });
}
