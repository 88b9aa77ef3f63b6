using ClaimTrack.Web.Features.Public.Pages;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTrack.Web.Features.Public;

public static class PublicResults
{
    /// <summary>A reader page rendered on the server in one piece: no streaming, no circuit.</summary>
    public static RazorComponentResult<TPage> Page<TPage>(object parameters, int status = StatusCodes.Status200OK)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new(parameters) { StatusCode = status, PreventStreamingRendering = true };

    /// <summary>A plain page for 400, 404 and 410: a sentence a reader understands, never a stack trace.</summary>
    public static RazorComponentResult<StatusPage> Status(PublicContext site, int status, string title, string message) =>
        Page<StatusPage>(new { Site = site, Title = title, Message = message }, status);

    /// <summary>The 400 for a page number no page has.</summary>
    public static RazorComponentResult<StatusPage> BadPage(PublicContext site) =>
        Status(site, StatusCodes.Status400BadRequest, site.Text["Status.BadPage"], site.Text["Status.BadPageMessage", Paging.MaxPage]);

    /// <summary>The styled 404 page: the site's frame, a search box and links home.</summary>
    public static RazorComponentResult<NotFoundPage> NotFound(PublicContext site, string? message = null) =>
        Page<NotFoundPage>(new
        {
            Site = site,
            Message = message ?? site.Text["NotFound.NoClaim"].Value,
        }, StatusCodes.Status404NotFound);
}
