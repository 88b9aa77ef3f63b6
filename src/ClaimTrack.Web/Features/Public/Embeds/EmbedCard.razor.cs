using System.Globalization;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Embeds;

public partial class EmbedCard
{
    public const int Width = 500;
    public const int Height = 240;

    [Microsoft.AspNetCore.Components.Parameter, Microsoft.AspNetCore.Components.EditorRequired] public PublicContext Site { get; set; } = null!;
    [Microsoft.AspNetCore.Components.Parameter, Microsoft.AspNetCore.Components.EditorRequired] public ReaderClaim Claim { get; set; } = null!;

    public static string PathOf(Guid id) => $"/embed/claims/{id}";

    /// <summary>
    /// The card of a published claim. Routed with an id, so it carries the claim's cache tag and is evicted with the
    /// claim's page; a retracted claim's card says so (410), since a partner's page may keep the iframe for years.
    /// </summary>
    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        var claim = await session.LoadAsync<ReaderClaim>(id, http.RequestAborted);
        if (claim is null) return PublicResults.NotFound(site);
        if (claim.Retracted)
            return PublicResults.Status(site, StatusCodes.Status410Gone, site.Text["Claim.RetractedTitle"],
                site.Text["Embed.Retracted", site.SiteName, Languages.ReaderFormat.Day(claim.LastModifiedAt), claim.RetractionReason ?? ""]);
        http.Response.Headers.LastModified = claim.LastModifiedAt.ToString("R", CultureInfo.InvariantCulture);
        return PublicResults.Page<EmbedCard>(new { Site = site, Claim = claim });
    }

    /// <summary>The one snippet a partner pastes: the card in an iframe of a fixed size that shrinks on a narrow page.</summary>
    public static string Snippet(PublicContext site, ReaderClaim claim, int width = Width, int height = Height) =>
        $"<iframe src=\"{Encode(site.Absolute(site.Local(PathOf(claim.Id))))}\" width=\"{width}\" height=\"{height}\" " +
        $"title=\"{Encode($"Fact check by {site.SiteName}: {claim.Content.Statement}")}\" style=\"border:0;max-width:100%\" loading=\"lazy\"></iframe>";

    private static string Encode(string text) => System.Net.WebUtility.HtmlEncode(text);
}
