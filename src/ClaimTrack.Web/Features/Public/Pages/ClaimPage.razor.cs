using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Archive;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Translations;
using ClaimTrack.Web.Features.Public.Cards;
using ClaimTrack.Web.Features.Public.Languages;
using ClaimTrack.Web.Features.Public.Shared;
using ClaimTrack.Web.Features.Public.Translations;
using Marten;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Pages;

public partial class ClaimPage
{
    [Parameter, EditorRequired] public PublicContext Site { get; set; } = null!;
    [Parameter, EditorRequired] public ReaderClaim Claim { get; set; } = null!;
    [Parameter, EditorRequired] public string JsonLd { get; set; } = "";
    [Parameter] public ShareImage? Card { get; set; }
    /// <summary>Other fact-checkers' reviews of this claim, linked on the desk (their words, not our verdict).</summary>
    [Parameter] public IReadOnlyList<OtherReviewDetails> AlsoCheckedBy { get; set; } = [];
    /// <summary>When each piece of evidence's source was copied, for those whose copy is of the address shown.</summary>
    [Parameter] public IReadOnlyDictionary<Guid, DateTimeOffset> ArchivedAt { get; set; } = new Dictionary<Guid, DateTimeOffset>();
    /// <summary>The translation this page shows (the page's language is another than the claim's), or null for the original.</summary>
    [Parameter] public Translation? Translated { get; set; }
    /// <summary>This page's own address: the claim's, behind the language prefix of a translated page.</summary>
    [Parameter] public string? OwnPath { get; set; }
    /// <summary>The claim page in each language it can be read in (none without translations).</summary>
    [Parameter] public IReadOnlyList<LanguageVersion> Versions { get; set; } = [];

    /// <summary>The words shown: the translation's, or the original's.</summary>
    private FactCheckText Text => Translated?.Text ?? FactCheckText.Of(Claim.Content);

    /// <summary>The language of the words shown when it is not the page's own: only a translation says so here.</summary>
    private string? TextLanguage => Translated?.Language;

    private IReadOnlyList<(string, string)> ClaimFeeds => [(Site.Text["Claim.FeedTitle"], $"/feeds/claims/{Claim.Id}.rss")];

    private string Title => Text.Statement.Length <= 90 ? Text.Statement : Text.Statement[..89] + "…";

    public static async Task<IResult> HandleAsync(Guid id, string? slug, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        // Only the published view is ever loaded: a draft has no such document, so it cannot leak here. The other
        // fact-checkers' reviews come in the same round trip (a Marten batch), not a second query.
        var batch = session.CreateBatchQuery();
        var loading = batch.Load<ReaderClaim>(id);
        var reviews = batch.Query<OtherReview>().Where(r => r.ClaimId == id).OrderBy(r => r.ImportedAt).ToList();
        var sources = batch.Query<EvidenceSource>().Where(s => s.ClaimId == id && s.Copy != null).ToList();
        await batch.Execute(http.RequestAborted);
        var claim = await loading;
        if (claim is null) return PublicResults.NotFound(site);
        if (claim.Retracted)
            return PublicResults.Status(site, StatusCodes.Status410Gone, site.Text["Claim.RetractedTitle"],
                site.Text["Claim.Retracted", ReaderFormat.Day(claim.LastModifiedAt), claim.RetractionReason ?? ""]);
        if (slug != claim.Slug) return Results.Redirect(site.Local(PublicPaths.Claim(claim.Id, claim.Slug)), permanent: true);

        // Removed links are read too: removing one changes the page, so Last-Modified moves (the ETag is the bytes' hash).
        var others = await reviews;
        var modified = others.Select(r => r.ChangedAt).Append(claim.LastModifiedAt).Max();
        http.Response.Headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        var card = http.RequestServices.GetRequiredService<CardFonts>().Available
            ? new ShareImage(CardEndpoint.PathOf(claim), VerdictCard.Width, VerdictCard.Height,
                $"{site.RatingLabel(claim.Rating)}: {claim.Content.Statement} ({claim.Content.Claimant.Name})")
            : null;
        var newsroom = http.RequestServices.GetRequiredService<IOptions<NewsroomOptions>>().Value;
        var translated = ClaimLanguages.ShownIn(claim, CultureInfo.CurrentUICulture);
        var ownPath = ClaimLanguages.OwnPath(claim, translated, CultureInfo.CurrentUICulture, newsroom);
        if (claim.TranslationsChangedAt is { } translatedAt && translatedAt > modified)
            http.Response.Headers.LastModified = translatedAt.ToString("R", CultureInfo.InvariantCulture);
        return PublicResults.Page<ClaimPage>(new
        {
            Site = site,
            Claim = claim,
            JsonLd = ClaimLanguages.Markup(claim, site, translated, ownPath),
            Translated = translated,
            OwnPath = ownPath,
            Versions = ClaimLanguages.Versions(claim, newsroom),
            Card = card,
            AlsoCheckedBy = others.Where(r => r.IsShownOnClaim).Select(r => r.Details).ToList(),
            ArchivedAt = (await sources).Where(s => SourceCopies.ArchivedCopyEndpoint.IsShown(s, claim)).ToDictionary(s => s.Id, s => s.Copy!.FetchedAt),
        });
    }
}
