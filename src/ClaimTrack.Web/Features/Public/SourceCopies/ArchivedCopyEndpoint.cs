using System.Globalization;
using ClaimTrack.Web.Features.Claims.Archive;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimTrack.Web.Features.Public.SourceCopies;

/// <summary>
/// A kept copy of an evidence source, at a stable reader address, for evidence a published claim shows. The copy is
/// someone else's page, so it is served as theirs and kept away from ours: a sandbox (no script runs, no form posts, a
/// unique origin that cannot read our cookies or pages, nothing loaded from elsewhere), the stored type never sniffed,
/// and anything but a few plain types only as a download. Not output-cached: copies run to megabytes; the ETag (the
/// copy's SHA-256) makes a repeat visit a 304.
/// </summary>
public static class ArchivedCopyEndpoint
{
    public const string Pattern = "/evidence/{id:guid}/archive";

    private const string Sandbox = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

    // Shown in the browser (inside the sandbox); everything else (SVG, XML, scripts, archives, unknown) is a download.
    private static readonly string[] Inline = ["text/html", "application/xhtml+xml", "text/plain", "application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp"];

    public static string PathOf(Guid evidenceId) => $"/evidence/{evidenceId}/archive";

    public static async Task<IResult> HandleAsync(Guid id, HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var ct = http.RequestAborted;
        var source = await session.LoadAsync<EvidenceSource>(id, ct);
        var claim = source is null ? null : await session.LoadAsync<ReaderClaim>(source.ClaimId, ct);
        var shown = IsShown(source, claim);
        var tag = shown ? new EntityTagHeaderValue($"\"{source!.Copy!.Sha256}\"") : null;
        // Every visit revalidates (no-cache): a reader who has this copy is answered before its megabytes are read.
        if (tag is not null && http.Request.GetTypedHeaders().IfNoneMatch.Any(t => t.Compare(tag, useStrongComparison: false)))
        {
            http.Response.GetTypedHeaders().ETag = tag;
            http.Response.Headers.CacheControl = "no-cache";
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }
        var stored = shown ? await ArchivedCopies.ReadAsync(session.DocumentStore, id, ct) : null;
        // The row may hold a newer copy of a corrected address than the page shows: only the copy the page names is served.
        if (stored is not { } copy || copy.Sha256 != source!.Copy!.Sha256)
            return PublicResults.NotFound(await PublicContext.LoadAsync(http, session, options), "There is no archived copy at this address.");

        var headers = http.Response.Headers;
        headers.ContentSecurityPolicy = Sandbox;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Resource-Policy"] = "same-origin";
        // Revalidated every time: a retracted claim's copies stop at once, and an unchanged copy costs a 304.
        headers.CacheControl = "no-cache";
        var type = ContentType(copy.ContentType);
        if (!Inline.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase))
        {
            headers.ContentDisposition = $"attachment; filename=\"archived-copy-{id:N}\"";
            type = new MediaTypeHeaderValue("application/octet-stream");
        }
        return Results.Bytes(copy.Body, type.ToString(), lastModified: source.Copy.FetchedAt, entityTag: tag);
    }

    /// <summary>Only the copy of an address that a published, standing claim shows: never a draft's, never a retracted one's.</summary>
    public static bool IsShown(EvidenceSource? source, ReaderClaim? claim) =>
        source?.Copy is { } copy && claim is { Retracted: false }
        && claim.Content.Evidence.Any(e => e.Id == source.Id && e.Details.Url == copy.Url);

    /// <summary>The stored type if it parses as one (its charset kept), else bytes of no particular kind.</summary>
    private static MediaTypeHeaderValue ContentType(string stored) =>
        MediaTypeHeaderValue.TryParse(stored, out var parsed) && parsed.MediaType.Value is { } media && media.Contains('/')
            ? new MediaTypeHeaderValue(media.ToLower(CultureInfo.InvariantCulture)) { Charset = parsed.Charset }
            : new MediaTypeHeaderValue("application/octet-stream");
}
