using ClaimTrack.Web.Features.ReaderRequests.Privacy;
using ClaimTrack.Web.Infrastructure.Postgres;
using Marten;
using Microsoft.AspNetCore.Http.Features;

namespace ClaimTrack.Web.Features.ReaderRequests.Reader;

/// <summary>
/// "Forget my email" on a reader's status page: a plain form that erases the address at once and comes back to the
/// page, which then says so. The token in the address is the reader's authority (as it is for reading the page); the
/// stamp shows the form came from that page. Pressing it again changes nothing and records nothing.
/// </summary>
public static class ForgetEmailEndpoint
{
    public static string Path(string token) => $"{StatusToken.Path(token)}/forget";

    /// <summary>A stamp fits the forget form of one request only.</summary>
    public static string FormName(Guid requestId) => $"forget:{requestId:N}";

    private static readonly FormOptions Limits = new() { ValueLengthLimit = 4 * 1024, ValueCountLimit = 5, KeyLengthLimit = 100 };

    public static async Task<IResult> ForgetAsync(string token, HttpContext http, IQuerySession session, FormStamp stamps, ReaderEmailEraser eraser)
    {
        var site = await ReaderIntakeEndpoints.SiteAsync(http);
        if (await ReaderIntakeEndpoints.FindAsync(token, session, http) is not { } request) return ReaderIntakeEndpoints.NoRequest(http, site);
        if (await CheckAsync(http, stamps, request.Id) is { } problem)
            return await ReaderIntakeEndpoints.StatusPageAsync(http, site, token, request, session, stamps, problem, StatusCodes.Status400BadRequest);
        try
        {
            await eraser.EraseAsync(request.Id, (current, at) => EmailErasure.Erase(current, EmailErasureCause.ReaderAsked, at), http.RequestAborted);
        }
        catch (Exception e) when (DatabaseTrouble.IsTransient(e))
        {
            return await ReaderIntakeEndpoints.StatusPageAsync(http, site, token, request, session, stamps, NotErased, StatusCodes.Status503ServiceUnavailable);
        }
        // Back to the page (POST, then GET) in the language the form was in: a reload does not send the form again.
        return Results.Redirect(site.Local(StatusToken.Path(token)));
    }

    private const string NotErased = "Not erased yet: our database is not answering just now. Please press the button again in a minute.";

    private static async Task<string?> CheckAsync(HttpContext http, FormStamp stamps, Guid requestId)
    {
        if (!http.Request.HasFormContentType) return "Please use the button on this page.";
        IFormCollection posted;
        try { posted = await http.Request.ReadFormAsync(Limits, http.RequestAborted); }
        catch (InvalidDataException) { return "Please use the button on this page."; }
        // Too fast is fine here: the minimum time keeps programs from sending tips, and erasing one's own address is
        // no spam. A form from another page, or one open for hours, is refused and shown again with a fresh stamp.
        return stamps.Check(posted[ReaderForms.Stamp], FormName(requestId)) is StampCheck.Fine or StampCheck.TooFast
            ? null
            : "This button could not be checked (the page may have been open a long time). Please press it again.";
    }
}
