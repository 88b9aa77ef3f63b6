using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using Marten;
using Marten.Pagination;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Pages;

public static class ListingEndpoints
{
    public static async Task<IResult> CorrectionsAsync(string? page, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        if (!Paging.TryRead(page, out var number)) return PublicResults.BadPage(site);
        var updates = await session.Query<VerdictUpdate>()
            // Every change of substance (docs/domain.md): revisions, corrections, retractions, substantive updates.
            // (Kind first: listings stored before updates existed have no Substantive field, and all of them belong here.)
            .Where(u => u.Kind != TimelineEntryKind.Verdict && (u.Kind != TimelineEntryKind.Update || u.Substantive))
            .OrderByDescending(u => u.At)
            .ToPagedListAsync(number, CorrectionsPage.PageSize, http.RequestAborted);
        return PublicResults.Page<CorrectionsPage>(new
        {
            Site = site,
            Updates = updates.ToList(),
            Page = number,
            Pages = Paging.PageCount(updates.TotalItemCount, CorrectionsPage.PageSize),
        });
    }

    public static async Task<IResult> MethodologyAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options) =>
        PublicResults.Page<MethodologyPage>(new { Site = await PublicContext.LoadAsync(http, session, options) });
}
