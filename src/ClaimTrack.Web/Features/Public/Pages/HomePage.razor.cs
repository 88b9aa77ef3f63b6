using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.Shared;
using Marten;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Pages;

/// <summary>
/// The front page: the fact checks editors pinned, then the latest, each claim once with its current verdict (one
/// published document per claim, never a grouping of timeline steps), and beside them the latest verdicts, revisions
/// and corrections.
/// </summary>
public partial class HomePage
{
    public const int PageSize = 20;
    public const int UpdateCount = 10;

    [Parameter, EditorRequired] public PublicContext Site { get; set; } = null!;
    [Parameter, EditorRequired] public IReadOnlyList<ClaimListItem> Pinned { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyList<ClaimListItem> Latest { get; set; } = [];
    [Parameter, EditorRequired] public IReadOnlyList<VerdictUpdate> Updates { get; set; } = [];
    [Parameter, EditorRequired] public int Page { get; set; }
    [Parameter, EditorRequired] public bool HasOlder { get; set; }

    public static string Link(int page) => page == 1 ? "/" : $"/?page={page}";

    public static async Task<IResult> HandleAsync(string? page, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        if (!Paging.TryRead(page, out var number)) return PublicResults.BadPage(site);
        // One more than a page says whether there is an older one, without counting every published claim.
        var front = await FrontPageQueries.LoadAsync(session, withPins: number == 1, (number - 1) * PageSize, PageSize + 1, UpdateCount, http.RequestAborted);
        return PublicResults.Page<HomePage>(new
        {
            Site = site,
            front.Pinned,
            Latest = front.Latest.Take(PageSize).ToList(),
            front.Updates,
            Page = number,
            HasOlder = front.Latest.Count > PageSize,
        });
    }
}
