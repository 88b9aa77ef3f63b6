using System.Net;
using System.Text;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Desk.Import;

/// <summary>An address could not be imported from: refused, unreachable, too big, too slow. Nothing was imported.</summary>
public sealed class ImportFetchFailed(string message, Exception? inner = null, CodedSentence? sentence = null) : Exception(message, inner)
{
    /// <summary>The refusal as the desk words it in other languages (a code and the values in it; see CodedSentence).</summary>
    public CodedSentence Sentence { get; } = sentence ?? CodedSentence.Plain(message);

    public static ImportFetchFailed Coded(string code, string message, object[] values, Exception? inner = null) =>
        new(message, inner, new CodedSentence(code, message, values));
}

/// <summary>
/// Fetches a feed or page for an import, as a careful client: http and https only; every connection checked where it
/// is made (the address the name resolves to, so a DNS answer that changes between a check and the connection, or
/// a redirect to an internal name, cannot reach a private network); redirects followed by hand, a few at most, each
/// checked again; the body cut off past a size; the whole fetch bounded in time. No cookies, no proxy, no credentials.
/// </summary>
public sealed class ClaimReviewFetcher : IDisposable
{
    private readonly ImportOptions _options;
    private readonly HttpClient _client;

    public ClaimReviewFetcher(IOptions<ImportOptions> options)
    {
        _options = options.Value;
        _client = PublicNetwork.GuardedClient("ClaimTrack-ClaimReview-import/1.0", TimeSpan.FromSeconds(_options.TimeoutSeconds),
            address => _options.AllowPrivateAddresses || PublicNetwork.IsPublic(address),
            (host, inside) => inside is null
                ? ImportFetchFailed.Coded("ImportNoAddress", $"The name {host} has no address.", [host])
                : ImportFetchFailed.Coded("ImportPrivateAddress",
                    $"The address {host} leads to {inside}, which is not on the public internet: imports fetch only public addresses.", [host, inside]));
        _client.DefaultRequestHeaders.Accept.ParseAdd("application/ld+json, application/json;q=0.9, text/html;q=0.8, */*;q=0.1");
    }

    /// <summary>Checks the text an editor typed; the message says what is wrong with it.</summary>
    public static Uri ParseAddress(string? text)
    {
        if (!Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https") || address.Host.Length == 0)
            throw new ImportFetchFailed("Give a full web address starting with https:// (or http://).");
        if (address.UserInfo.Length > 0) throw new ImportFetchFailed("The address may not carry a user name or password.");
        return address;
    }

    public async Task<string> FetchAsync(Uri address, CancellationToken ct)
    {
        using var time = CancellationTokenSource.CreateLinkedTokenSource(ct);
        time.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var response = await _client.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, time.Token);
                if (IsRedirect(response.StatusCode) && response.Headers.Location is { } location)
                {
                    if (redirects >= _options.MaxRedirects) throw ImportFetchFailed.Coded("ImportRedirects", $"The address redirected more than {_options.MaxRedirects} times.", [_options.MaxRedirects]);
                    address = ParseAddress(new Uri(address, location).AbsoluteUri);
                    continue;
                }
                if (!response.IsSuccessStatusCode)
                    throw ImportFetchFailed.Coded("ImportHttpStatus", $"The address answered {(int)response.StatusCode} {response.ReasonPhrase}: nothing was imported.",
                        [(int)response.StatusCode, response.ReasonPhrase ?? ""]);
                return await ReadBoundedAsync(response, time.Token);
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw ImportFetchFailed.Coded("ImportTimeout", $"The address did not answer within {_options.TimeoutSeconds} seconds.", [_options.TimeoutSeconds]);
        }
        catch (HttpRequestException e)
        {
            throw Refusal(e) ?? ImportFetchFailed.Coded("ImportUnreachable", $"The address could not be reached ({e.HttpRequestError}).", [e.HttpRequestError], e);
        }
    }

    private static bool IsRedirect(HttpStatusCode code) => (int)code is 301 or 302 or 303 or 307 or 308;

    private static ImportFetchFailed? Refusal(Exception e) =>
        e as ImportFetchFailed ?? (e.InnerException is { } inner ? Refusal(inner) : null);

    private async Task<string> ReadBoundedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var tooBig = $"The answer is larger than {_options.MaxBytes / (1024 * 1024.0):0.#} MB: nothing was imported.";
        if (response.Content.Headers.ContentLength > _options.MaxBytes) throw new ImportFetchFailed(tooBig);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        // Counted as it arrives (after decompression): a missing or false Content-Length cannot get past the limit.
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (kept.Length + read > _options.MaxBytes) throw new ImportFetchFailed(tooBig);
            kept.Write(buffer, 0, read);
        }
        return EncodingOf(response).GetString(kept.GetBuffer(), 0, (int)kept.Length);
    }

    private static Encoding EncodingOf(HttpResponseMessage response)
    {
        try { return response.Content.Headers.ContentType?.CharSet is { Length: > 0 } name ? Encoding.GetEncoding(name.Trim('"')) : Encoding.UTF8; }
        catch (ArgumentException) { return Encoding.UTF8; }
    }

    public void Dispose() => _client.Dispose();
}
