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

    /// <summary>The styled 404 page: the site's frame, a search box and links home.</summary>
    public static RazorComponentResult<NotFoundPage> NotFound(PublicContext site, string? message = null) =>
        Page<NotFoundPage>(new
        {
            Site = site,
            Message = message ?? "There is no published fact check at this address. It may never have been published, or the address may be mistyped.",
        }, StatusCodes.Status404NotFound);
}
