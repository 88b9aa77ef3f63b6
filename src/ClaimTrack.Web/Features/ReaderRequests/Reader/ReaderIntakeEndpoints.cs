using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Infrastructure.Postgres;
using Marten;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.ReaderRequests.Reader;

/// <summary>
/// The reader's forms and status page: plain HTML, POST then redirect, no cookie. The forms are never cached (each
/// carries a fresh stamp); neither is a status page, which is one reader's private page.
/// </summary>
public static class ReaderIntakeEndpoints
{
    private const string TipForm = "tip";
    private static string CorrectionForm(Guid claimId) => $"correction:{claimId:N}";

    // Well above every field's own limit, so a long text gets its sentence at the field, yet a body of megabytes is
    // refused while it is being read instead of buffered.
    private static readonly FormOptions Limits = new() { ValueLengthLimit = 16 * 1024, ValueCountLimit = 20, KeyLengthLimit = 100 };

    public static async Task<IResult> SuggestFormAsync(HttpContext http, FormStamp stamps) =>
        Private(http, PublicResults.Page<SuggestPage>(new { Site = await SiteAsync(http), Stamp = stamps.Issue(TipForm) }));

    public static async Task<IResult> SuggestAsync(HttpContext http, FormStamp stamps, IntakeWriter writer)
    {
        var site = await SiteAsync(http);
        var (form, problem) = await ReadAsync(http, stamps, TipForm);
        var errors = problem is null ? ReaderForms.CheckTip(form) : [];
        if (problem is not null || errors.Count > 0)
            return Private(http, PublicResults.Page<SuggestPage>(new { Site = site, Stamp = stamps.Issue(TipForm), Form = form, Errors = errors, Problem = problem ?? FixFields }, 400));
        try
        {
            var (_, token) = await writer.SubmitTipAsync(form, http.RequestAborted);
            return Results.Redirect(site.Local(StatusToken.Path(token)));
        }
        catch (Exception e) when (DatabaseTrouble.IsTransient(e))
        {
            return Private(http, PublicResults.Page<SuggestPage>(new { Site = site, Stamp = stamps.Issue(TipForm), Form = form, Problem = NotSaved }, 503));
        }
    }

    public static async Task<IResult> CorrectionFormAsync(Guid claimId, HttpContext http, IQuerySession session, FormStamp stamps)
    {
        var site = await SiteAsync(http);
        if (await PublishedAsync(session, claimId, http) is not { } claim) return PublicResults.NotFound(site);
        return Private(http, PublicResults.Page<CorrectionRequestPage>(CorrectionParameters(site, claim, stamps.Issue(CorrectionForm(claimId)))));
    }

    public static async Task<IResult> RequestCorrectionAsync(Guid claimId, HttpContext http, IQuerySession session, FormStamp stamps, IntakeWriter writer)
    {
        var site = await SiteAsync(http);
        if (await PublishedAsync(session, claimId, http) is not { } claim) return PublicResults.NotFound(site);
        var (form, problem) = await ReadAsync(http, stamps, CorrectionForm(claimId));
        var errors = problem is null ? ReaderForms.CheckCorrection(form) : [];
        if (problem is not null || errors.Count > 0)
        {
            var parameters = CorrectionParameters(site, claim, stamps.Issue(CorrectionForm(claimId)));
            (parameters["Form"], parameters["Errors"], parameters["Problem"]) = (form, errors, problem ?? FixFields);
            return Private(http, PublicResults.Page<CorrectionRequestPage>(parameters, 400));
        }
        try
        {
            var (_, token) = await writer.RequestCorrectionAsync(claimId, claim.Content.Statement, form, http.RequestAborted);
            return Results.Redirect(site.Local(StatusToken.Path(token)));
        }
        catch (Exception e) when (DatabaseTrouble.IsTransient(e))
        {
            var parameters = CorrectionParameters(site, claim, stamps.Issue(CorrectionForm(claimId)));
            (parameters["Form"], parameters["Problem"]) = (form, NotSaved);
            return Private(http, PublicResults.Page<CorrectionRequestPage>(parameters, 503));
        }
    }

    public static async Task<IResult> StatusAsync(string token, HttpContext http, IQuerySession session, FormStamp stamps)
    {
        var site = await SiteAsync(http);
        if (await FindAsync(token, session, http) is not { } request) return NoRequest(http, site);
        return await StatusPageAsync(http, site, token, request, session, stamps);
    }

    /// <summary>One request, found by the hash of its own token: nothing on its page names or links any other request.</summary>
    internal static async Task<ReaderRequest?> FindAsync(string token, IQuerySession session, HttpContext http) =>
        StatusToken.LooksValid(token)
            ? await session.Query<ReaderRequest>().FirstOrDefaultAsync(r => r.TokenHash == StatusToken.Hash(token), http.RequestAborted)
            : null;

    internal static IResult NoRequest(HttpContext http, PublicContext site)
    {
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        return Private(http, PublicResults.Status(site, 404, site.Text["NotFound.Short"], site.Text["Status.NoRequest"]));
    }

    internal static async Task<IResult> StatusPageAsync(
        HttpContext http, PublicContext site, string token, ReaderRequest request, IQuerySession session, FormStamp stamps, string? forgetProblem = null, int status = 200)
    {
        http.Response.Headers["X-Robots-Tag"] = "noindex, nofollow";
        var claim = request.ClaimId is { } claimId ? await session.LoadAsync<ReaderClaim>(claimId, http.RequestAborted) : null;
        var correction = request.CorrectionUpdateId is { } updateId ? await session.LoadAsync<VerdictUpdate>(updateId, http.RequestAborted) : null;
        return Private(http, PublicResults.Page<RequestStatusPage>(new
        {
            Site = site,
            Request = request,
            ClaimPath = claim is { Retracted: false } ? PublicPaths.Claim(claim.Id, claim.Slug) : null,
            CorrectionPath = correction is null ? null : PublicPaths.Update(correction),
            ForgetStamp = request.Email is null ? null : stamps.Issue(ForgetEmailEndpoint.FormName(request.Id)),
            ForgetProblem = forgetProblem,
            // Under the page's own prefix (/es/requests/.../forget): the answer, and its problems, come back in its language.
            ForgetPath = site.Local(ForgetEmailEndpoint.Path(token)),
        }, status));
    }

    public static async Task<IResult> PolicyAsync(HttpContext http, IOptions<IntakeOptions> options) =>
        PublicResults.Page<CorrectionsPolicyPage>(new { Site = await SiteAsync(http), Policy = options.Value.CorrectionsPolicy });

    internal static Task<PublicContext> SiteAsync(HttpContext http) => PublicContext.LoadAsync(http,
        http.RequestServices.GetRequiredService<IQuerySession>(), http.RequestServices.GetRequiredService<IOptions<PublicSiteOptions>>());

    // A save is never retried blindly (docs/security.md, "A database blip"): the reader sends again, and gets one request.
    private const string NotSaved = "Not sent: our database is not answering just now. Your words are kept below; please send again in a minute.";

    private const string FixFields = "Some fields need a change: see the messages below.";

    private static async Task<(ReaderFields Form, string? Problem)> ReadAsync(HttpContext http, FormStamp stamps, string formName)
    {
        if (!http.Request.HasFormContentType) return (new(new Dictionary<string, string?>()), "Please send this form from its page.");
        IFormCollection posted;
        try { posted = await http.Request.ReadFormAsync(Limits, http.RequestAborted); }
        catch (InvalidDataException)
        {
            return (new(new Dictionary<string, string?>()), "That was far too long to be read. Please shorten it and send it again.");
        }
        var form = new ReaderFields(posted.Where(f => f.Key is not ReaderForms.Stamp and not ReaderForms.Honeypot)
            .ToDictionary(f => f.Key, f => (string?)f.Value.ToString()));
        if (!string.IsNullOrEmpty(posted[ReaderForms.Honeypot]))
            return (form, "Please leave the field labelled “Leave this empty” empty; it is there to catch programs that fill in forms.");
        var stamp = stamps.Check(posted[ReaderForms.Stamp], formName);
        return (form, stamp == StampCheck.Fine ? null : FormStamp.Words(stamp));
    }

    private static async Task<ReaderClaim?> PublishedAsync(IQuerySession session, Guid claimId, HttpContext http) =>
        await session.LoadAsync<ReaderClaim>(claimId, http.RequestAborted) is { Retracted: false } claim ? claim : null;

    private static Dictionary<string, object?> CorrectionParameters(PublicContext site, ReaderClaim claim, string stamp) => new()
    {
        ["Site"] = site,
        ["ClaimId"] = claim.Id,
        ["Statement"] = claim.Content.Statement,
        ["ClaimPath"] = PublicPaths.Claim(claim.Id, claim.Slug),
        ["Stamp"] = stamp,
    };

    /// <summary>One reader's page: stored by no browser cache or proxy, never by the output cache.</summary>
    internal static IResult Private(HttpContext http, IResult page)
    {
        http.Response.Headers.CacheControl = "private, no-store";
        return page;
    }
}
