using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Cards;

/// <summary>/cards/{id}.png: a published claim's verdict card, cached with the claim's page and evicted with it.</summary>
public static class CardEndpoint
{
    public static string PathOf(ReaderClaim claim) =>
        // The version in the address: link previews keep an image per address, so a revised verdict gets a new one.
        $"/cards/{claim.Id}.png?v={claim.LastModifiedAt.UtcTicks}";

    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options, CardFonts fonts)
    {
        // Only the published view is read: a draft has none, so it has no card; a retracted claim keeps none either.
        var claim = await session.LoadAsync<ReaderClaim>(id, http.RequestAborted);
        if (claim is null || claim.Retracted || !fonts.Available) return Results.NotFound();
        var site = await PublicContext.LoadAsync(http, session, options);
        var content = claim.Content;
        var png = VerdictCard.Render(fonts, new VerdictCardContent(site.SiteName, content.Statement, content.IsVerbatimQuote,
            content.Claimant.Name, site.RatingLabel(content.Verdict.Rating), site.RatingColour(content.Verdict.Rating)));
        return Results.Bytes(png, "image/png");
    }
}
