using System.ComponentModel;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Marten.Linq.MatchesSql;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>
/// Published claims, read from the reader's view only (<see cref="ReaderClaim"/>): a draft has no such document, and
/// a revision waiting for review has not reached it, so neither can appear here whatever the query.
/// </summary>
public static class ClaimEndpoints
{
    /// <summary>What the list reads from its query string, in one spelling: the output cache keys on this alone.</summary>
    public static readonly ReaderQuery Reads = new(query => ClaimListQuery.Read(ClaimListParameters.From(query)).Query?.Canonical());

    // The expression Marten indexes LastModifiedAt by (Index(c => c.LastModifiedAt)): written the same, the seek uses it.
    private const string UpdatedAt = "public.mt_immutable_timestamptz(d.data ->> 'LastModifiedAt')";
    // After the cursor's claim: an older change, or the same instant and a smaller id.
    private const string AfterCursor =
        $"{UpdatedAt} <= public.mt_immutable_timestamptz(?) and ({UpdatedAt} < public.mt_immutable_timestamptz(?) or d.id < ?)";

    public static async Task<IResult> ListAsync(
        [AsParameters] ClaimListParameters parameters, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options,
        IOptions<NewsroomOptions> newsroom)
    {
        var (query, problem) = ClaimListQuery.Read(parameters);
        if (query is null) return problem!.ToResult();
        if (query.Language is { } wanted && !NewsroomLanguages.IsConfigured(newsroom.Value, wanted))
            return new ApiProblem("language", $"The newsroom publishes in {NewsroomLanguages.Listed(newsroom.Value)}: '{wanted}' is not one of them.").ToResult();
        var site = await PublicContext.LoadAsync(http, session, options);
        if (query.Rating is { } key && site.Scale.Find(key) is null)
            return new ApiProblem("rating", $"The scale has no rating '{key}'. Use one of: {string.Join(", ", site.Scale.Ratings.Select(r => r.Key))}.").ToResult();

        var claims = session.Query<ReaderClaim>().AsQueryable();
        if (!query.IncludeRetracted) claims = claims.Where(c => !c.Retracted);
        // A claim's document carries its translations: one approved or withdrawn since is a change a copy must fetch.
        if (query.UpdatedSince is { } since) claims = claims.Where(c => c.RecordChangedAt >= since);
        if (query.Claimant is { } claimant) claims = claims.Where(c => c.ClaimantSlug == claimant);
        if (query.Topic is { } topic) claims = claims.Where(TopicFilter.Holds<ReaderClaim>(topic));
        if (query.Rating is { } rating) claims = claims.Where(c => c.Rating == rating);
        if (query.Language is { } language) claims = claims.Where(c => c.Content.Language == language);
        if (query.After is { } after)
            claims = claims.Where(c => c.MatchesSql(AfterCursor, after.UpdatedAtText, after.UpdatedAtText, after.ClaimId));

        // One more than a page: whether it comes back says if there is a next page, without counting the whole list.
        var page = await claims.OrderByDescending(c => c.LastModifiedAt).ThenByDescending(c => c.Id)
            .Take(query.Size + 1).ToListAsync(http.RequestAborted);
        var shown = page.Take(query.Size).ToList();
        var next = page.Count > query.Size
            ? site.Absolute($"{ApiClaims.Base}/claims?{query.Canonical(new ApiCursor(shown[^1].LastModifiedAt, shown[^1].Id))}")
            : null;
        return ApiAnswer.Json(http, new ApiClaimPage([.. shown.Select(c => ApiClaims.Summary(c, site))], next));
    }

    public static async Task<IResult> OneAsync(
        [Description("The claim's id, as lists give it.")] string id, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        if (!Guid.TryParse(id, out var claimId))
            return new ApiProblem("id", "A claim's id is a GUID, such as 0f8fad5b-d9cb-469f-a165-70867728950e.").ToResult();
        var claim = await session.LoadAsync<ReaderClaim>(claimId, http.RequestAborted);
        if (claim is null) return ApiProblem.NotFound($"There is no published claim with the id {claimId}.");
        // As on the claim's page: the reason stays public, the fact check does not.
        if (claim.Retracted)
            return Results.Problem(title: "This fact check was retracted", detail: claim.RetractionReason, statusCode: StatusCodes.Status410Gone,
                extensions: new Dictionary<string, object?> { ["retractedAt"] = claim.LastModifiedAt, ["reason"] = claim.RetractionReason });
        var site = await PublicContext.LoadAsync(http, session, options);
        return ApiAnswer.Json(http, ApiClaims.Full(claim, site));
    }
}
