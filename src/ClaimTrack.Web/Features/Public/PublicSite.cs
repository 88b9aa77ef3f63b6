using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Infrastructure.Web;
using Marten;
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

    // The site's address (BaseUrl in this section) is read by Infrastructure/Web/PublicAddress: the host check needs it too.
}

/// <summary>What every public page needs besides its own data: the newsroom, its address, its rating scale.</summary>
public sealed record PublicContext(string SiteName, string BaseUrl, RatingScale Scale)
{
    public string Absolute(string path) => BaseUrl + path;

    /// <summary>The rating's label in the page's language (<see cref="ReaderLanguage.Page"/>), else the default language's.</summary>
    public string RatingLabel(string? key) => Scale.LabelOf(key, ReaderLanguage.Page);

    /// <summary>The rating's definition in the page's language, else the default language's.</summary>
    public static string RatingDefinition(Rating rating) => rating.DefinitionIn(ReaderLanguage.Page);

    public string RatingColour(string? key) => key is null ? "#5f6368" : Scale.Find(key)?.Colour ?? "#5f6368";

    public static async Task<PublicContext> LoadAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var scale = await http.RequestServices.GetRequiredService<ReaderScale>().GetAsync(session, http.RequestAborted);
        return new PublicContext(options.Value.Name, http.RequestServices.GetRequiredService<PublicAddress>().BaseUrl, scale);
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
