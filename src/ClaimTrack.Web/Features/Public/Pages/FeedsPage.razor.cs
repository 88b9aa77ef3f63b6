using Marten;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Pages;

public partial class FeedsPage
{
    [Parameter, EditorRequired] public PublicContext Site { get; set; } = null!;
    [Parameter, EditorRequired] public IReadOnlyList<DirectoryEntry> Topics { get; set; } = [];
    [Parameter, EditorRequired] public bool More { get; set; }

    public static async Task<IResult> HandleAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        // The first page of the topics' index: a newsroom has tens of topics; past that, the index pages them.
        var topics = await DirectoryQueries.TopicsAsync(session, 1, http.RequestAborted);
        return PublicResults.Page<FeedsPage>(new { Site = site, Topics = topics.Entries, More = topics.Total > topics.Entries.Count });
    }
}
