using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marten;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>
/// /export/claims.csv and /export/claims.jsonl: every published claim, streamed. Not output-cached (a million claims is
/// gigabytes); instead the files carry an ETag and Last-Modified from the latest public change, so a mirror that asks
/// again with If-None-Match gets a 304 until something changes.
/// </summary>
public static class ExportEndpoints
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        // Plain UTF-8 for readers' names and quotes; the file is data, never embedded in a page.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Task CsvAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options, OpenDataOptions terms) =>
        StreamAsync(http, session, options, terms, "claims.csv", "text/csv; charset=utf-8; header=present", CsvExport.Header,
            record => CsvExport.Rows(record));

    public static Task JsonLinesAsync(HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options, OpenDataOptions terms) =>
        StreamAsync(http, session, options, terms, "claims.jsonl", "application/jsonl; charset=utf-8", null,
            record => [JsonSerializer.Serialize(record, Json) + "\n"]);

    private static async Task StreamAsync(
        HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options, OpenDataOptions terms,
        string file, string contentType, string? header, Func<ClaimRecord, IEnumerable<string>> lines)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        var (changed, _) = await ExportBatches.StateAsync(session, http.RequestAborted);
        var response = http.Response;
        response.ContentType = contentType;
        response.Headers.Link = terms.LicenceLink;
        response.Headers.ContentDisposition = $"attachment; filename=\"{file}\"";
        response.Headers.CacheControl = "public, max-age=0, must-revalidate";
        var etag = ETag(file, changed, site, terms);
        response.Headers.ETag = etag;
        if (changed is { } at) response.GetTypedHeaders().LastModified = at;
        if (NotModified(http.Request, etag, changed)) { response.StatusCode = StatusCodes.Status304NotModified; return; }
        // HEAD asks for the headers above; reading a million claims to throw them away would be a cheap way to load us.
        if (HttpMethods.IsHead(http.Request.Method)) return;

        await using var writer = new StreamWriter(response.Body, new UTF8Encoding(false), bufferSize: 64 * 1024);
        if (header is not null) await writer.WriteAsync(header);
        await foreach (var batch in ExportBatches.ReadAsync(session, terms.ExportBatchSize, http.RequestAborted))
        {
            foreach (var claim in batch)
                foreach (var line in lines(ClaimRecord.From(claim, site)))
                    await writer.WriteAsync(line);
            // Each batch leaves for the client before the next is read: memory holds one batch, not the file.
            await writer.FlushAsync(http.RequestAborted);
        }
    }

    /// <summary>Weak: the bytes are the same for the same data, but a validator over gigabytes is not worth a hash.</summary>
    private static string ETag(string file, DateTimeOffset? changed, PublicContext site, OpenDataOptions terms)
    {
        // The scale's version and the site's name and address change the words and links in every row.
        var state = string.Join('\n', file, changed?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "empty",
            site.Scale.Version.ToString(), site.SiteName, site.BaseUrl, terms.LicenceUrl);
        return $"W/\"{Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(state)))[..20]}\"";
    }

    private static bool NotModified(HttpRequest request, string etag, DateTimeOffset? changed)
    {
        var headers = request.GetTypedHeaders();
        if (headers.IfNoneMatch.Count > 0)
            return headers.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(EntityTagHeaderValue.Parse(etag), useStrongComparison: false));
        return changed is { } at && headers.IfModifiedSince is { } since && at <= since.AddSeconds(1);
    }
}
