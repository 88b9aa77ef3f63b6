using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Timeline;
using Marten;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Pages;

public partial class HomePage
{
    [Parameter, EditorRequired] public PublicContext Site { get; set; } = null!;
    [Parameter, EditorRequired] public IReadOnlyList<VerdictUpdate> Updates { get; set; } = [];

    public static async Task<IResult> HandleAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        var updates = await session.Query<VerdictUpdate>()
            .Where(u => u.Kind == TimelineEntryKind.Verdict || u.Kind == TimelineEntryKind.Revision)
            .OrderByDescending(u => u.At).Take(30)
            .ToListAsync(http.RequestAborted);
        return PublicResults.Page<HomePage>(new { Site = site, Updates = updates });
    }
}
