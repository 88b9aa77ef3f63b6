using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.Languages;
using ClaimTrack.Web.Infrastructure.Web;
using ClaimTrack.Web.Localization;
using Marten;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public;

public sealed class PublicSiteOptions
{
    public const string Section = "ClaimTrack:PublicSite";

    /// <summary>The newsroom's name, as readers, feeds and ClaimReview markup show it.</summary>
    public string Name { get; set; } = "ClaimTrack";

    /// <summary>Addresses per sitemap file, at most the protocol's 50,000: past it, /sitemap.xml is an index of files.</summary>
    public int SitemapSize { get; set; } = Sitemaps.ProtocolLimit;

    /// <summary>Where the verdict cards' fonts (DejaVu Sans and DejaVu Sans Bold) are: Debian's fonts-dejavu-core.</summary>
    public string CardFontFolder { get; set; } = "/usr/share/fonts/truetype/dejavu";

    /// <summary>The culture each reader language writes dates and numbers in (see Languages/ReaderLanguages).</summary>
    public Dictionary<string, string> Cultures { get; set; } = new() { ["en"] = "en-GB", ["es"] = "es-419" };

    // The site's address (BaseUrl in this section) is read by Infrastructure/Web/PublicAddress: the host check needs it too.
}

/// <summary>What every public page needs besides its own data: the newsroom, its address, its rating scale, its language.</summary>
public sealed record PublicContext(string SiteName, string BaseUrl, RatingScale Scale)
{
    /// <summary>The page's language (its address's prefix, or the default), as its html lang says.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The site's languages, the default first: the language switch links each other one.</summary>
    public IReadOnlyList<string> Languages { get; init; } = ["en"];

    /// <summary>The address of the page in the current language, by the page's path: the links of a page stay in its language.</summary>
    public string Local(string path) => Language == Languages[0] ? path : $"/{Language}{path}";

    /// <summary>The address of a path in another language; the default's carries the switch's "stay" mark.</summary>
    public string InLanguage(string language, string path) => language == Languages[0]
        ? path + (path.Contains('?') ? "&" : "?") + ReaderLanguageChoice.StayKey + "=" + language
        : $"/{language}{path}";

    /// <summary>The reader texts in the page's language (IStringLocalizer over Localization/ReaderText.resx).</summary>
    public IStringLocalizer<ReaderText> Text { get; init; } = null!;

    public string Absolute(string path) => BaseUrl + path;

    /// <summary>The rating's label in the page's language (<see cref="ReaderLanguage.Page"/>), else the default language's.</summary>
    public string RatingLabel(string? key) => Scale.LabelOf(key, ReaderLanguage.Page);

    /// <summary>The rating's definition in the page's language, else the default language's.</summary>
    public static string RatingDefinition(Rating rating) => rating.DefinitionIn(ReaderLanguage.Page);

    public string RatingColour(string? key) => key is null ? "#5f6368" : Scale.Find(key)?.Colour ?? "#5f6368";

    public static async Task<PublicContext> LoadAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var scale = await http.RequestServices.GetRequiredService<ReaderScale>().GetAsync(session, http.RequestAborted);
        return new PublicContext(options.Value.Name, http.RequestServices.GetRequiredService<PublicAddress>().BaseUrl, scale)
        {
            Language = ReaderAddress.LanguageOf(http),
            Languages = http.RequestServices.GetRequiredService<ReaderLanguages>().All,
            Text = http.RequestServices.GetRequiredService<IStringLocalizer<ReaderText>>(),
        };
    }
}

/// <summary>Reader URLs, in one place because readers bookmark them.</summary>
public static class PublicPaths
{
    public static string Claim(Guid id, string slug) => $"/claims/{id}/{slug}";
    public static string Claimant(string slug) => $"/claimants/{slug}";
    public static string Topic(string slug) => $"/topics/{slug}";
    public static string Update(VerdictUpdate update) => $"{Claim(update.ClaimId, update.ClaimSlug)}#update-{update.Id:N}";
}
