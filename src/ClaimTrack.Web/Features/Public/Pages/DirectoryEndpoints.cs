using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Pages;

/// <summary>/claimants and /topics: everyone and everything with published fact checks, A to Z, with their feeds.</summary>
public static class DirectoryEndpoints
{
    public static Task<IResult> ClaimantsAsync(string? page, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options) =>
        PageAsync(page, http, session, options, DirectoryQueries.ClaimantsAsync, new DirectoryKind(
            "Claimants.Heading", "/claimants", "Claimants.Intro", PublicPaths.Claimant, slug => $"/feeds/claimants/{slug}.rss", "Claimants.Empty"));

    public static Task<IResult> TopicsAsync(string? page, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options) =>
        PageAsync(page, http, session, options, DirectoryQueries.TopicsAsync, new DirectoryKind(
            "Topics.Heading", "/topics", "Topics.Intro", PublicPaths.Topic, slug => $"/feeds/topics/{slug}.rss", "Topics.Empty"));

    private static async Task<IResult> PageAsync(
        string? page, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options,
        Func<IQuerySession, int, CancellationToken, Task<DirectoryListing>> load, DirectoryKind kind)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        if (!Paging.TryRead(page, out var number)) return PublicResults.BadPage(site);
        var listing = await load(session, number, http.RequestAborted);
        var pages = Paging.PageCount(listing.Total, DirectoryQueries.PageSize);
        // Past the last page there is nothing to show, and no page to keep in the cache for it.
        if (number > pages) return PublicResults.NotFound(site);
        return PublicResults.Page<DirectoryPage>(new { Site = site, Kind = kind, Listing = listing, Page = number, Pages = pages });
    }
}

/// <summary>What differs between the claimant and topic index pages.</summary>
public sealed record DirectoryKind(
    string Heading, string Path, string Intro, Func<string, string> PageOf, Func<string, string> FeedOf, string Empty);
