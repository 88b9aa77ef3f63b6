using System.Net;
using System.Security.Cryptography;
using ClaimTrack.Web.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Archive;

/// <summary>What a source answered: its bytes, as they came, with their type and hash.</summary>
public sealed record FetchedSource(int Status, string ContentType, byte[] Body, string Sha256);

/// <summary>A source could not be fetched: refused, unreachable, an error status, too big, too slow. The message says which.</summary>
public class SourceUnavailable(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The source answered, but with more than the size kept: the link check still counts it as there.</summary>
public sealed class SourceTooLarge(string message) : SourceUnavailable(message);

/// <summary>
/// Fetches an evidence source as a careful client, the way the ClaimReview import does: http and https only; every
/// connection checked where it is made (<see cref="PublicNetwork"/>: the address the name resolves to, so a DNS answer
/// that changes after a check, or a redirect to an internal name, cannot reach a private network); redirects followed
/// by hand, a few at most, each hop checked again; the body cut off past a size; the whole fetch bounded in time.
/// No cookies, no proxy, no credentials.
/// </summary>
public sealed class SourceFetcher : IDisposable
{
    private readonly ArchiveOptions _options;
    private readonly IReadOnlyList<IPNetwork> _allowed;
    private readonly HttpClient _client;

    public SourceFetcher(IOptions<ArchiveOptions> options)
    {
        _options = options.Value;
        _allowed = _options.PrivateNetworks();
        _client = PublicNetwork.GuardedClient("ClaimTrack-evidence-archive/1.0", TimeSpan.FromSeconds(_options.TimeoutSeconds),
            address => ArchiveOptions.MayReach(address, _allowed),
            (host, inside) => new SourceUnavailable(inside is null ? $"The name {host} has no address."
                : $"The address {host} leads to {inside}, which is not on the public internet: only public addresses are fetched."));
    }

    /// <summary>The address's content now, whole, or <see cref="SourceUnavailable"/>.</summary>
    public Task<FetchedSource> GetAsync(string address, CancellationToken ct) => BoundedAsync(async time =>
    {
        using var response = await SendAsync(HttpMethod.Get, Checked(address), time);
        if (!response.IsSuccessStatusCode) throw new SourceUnavailable($"The address answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        var body = await ReadBoundedAsync(response, time);
        var type = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        return new FetchedSource((int)response.StatusCode, type.Length <= 200 ? type : "application/octet-stream", body,
            Convert.ToHexStringLower(SHA256.HashData(body)));
    }, ct);

    /// <summary>
    /// The link check: a HEAD first, so a source that is gone costs no download; then a bounded GET for its hash.
    /// </summary>
    /// <returns>The content's SHA-256, or null when the source answers but is now too large to compare.</returns>
    public async Task<string?> CheckAsync(string address, CancellationToken ct)
    {
        var tooLarge = await BoundedAsync(async time =>
        {
            using var head = await SendAsync(HttpMethod.Head, Checked(address), time);
            // Some servers refuse HEAD itself; their GET still says whether the page is there.
            if (!head.IsSuccessStatusCode && (int)head.StatusCode is not (405 or 501))
                throw new SourceUnavailable($"The address answered {(int)head.StatusCode} {head.ReasonPhrase}.");
            return head.Content.Headers.ContentLength > _options.MaxBytes;
        }, ct);
        if (tooLarge) return null;
        try
        {
            return (await GetAsync(address, ct)).Sha256;
        }
        catch (SourceTooLarge)
        {
            return null;
        }
    }

    private static Uri Checked(string text)
    {
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var address) || address.Scheme is not ("http" or "https") || address.Host.Length == 0)
            throw new SourceUnavailable("Only http and https addresses are fetched.");
        if (address.UserInfo.Length > 0) throw new SourceUnavailable("An address with a user name or password is not fetched.");
        return address;
    }

    private async Task<T> BoundedAsync<T>(Func<CancellationToken, Task<T>> fetch, CancellationToken ct)
    {
        using var time = CancellationTokenSource.CreateLinkedTokenSource(ct);
        time.CancelAfter(TimeSpan.FromSeconds(_options.TimeoutSeconds));
        try
        {
            return await fetch(time.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new SourceUnavailable($"The address did not answer within {_options.TimeoutSeconds} seconds.");
        }
        catch (HttpRequestException e)
        {
            throw Refusal(e) ?? new SourceUnavailable($"The address could not be reached ({e.InnerException?.Message ?? e.Message}).", e);
        }
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, Uri address, CancellationToken ct)
    {
        for (var redirects = 0; ; redirects++)
        {
            var response = await _client.SendAsync(new HttpRequestMessage(method, address), HttpCompletionOption.ResponseHeadersRead, ct);
            if ((int)response.StatusCode is not (301 or 302 or 303 or 307 or 308) || response.Headers.Location is not { } location) return response;
            response.Dispose();
            if (redirects >= _options.MaxRedirects) throw new SourceUnavailable($"The address redirected more than {_options.MaxRedirects} times.");
            // Each hop is checked as the first was: its scheme here, its address where the connection is made.
            address = Checked(new Uri(address, location).AbsoluteUri);
        }
    }

    private static SourceUnavailable? Refusal(Exception e) =>
        e as SourceUnavailable ?? (e.InnerException is { } inner ? Refusal(inner) : null);

    private async Task<byte[]> ReadBoundedAsync(HttpResponseMessage response, CancellationToken ct)
    {
        var tooBig = $"The answer is larger than {_options.MaxBytes / (1024 * 1024.0):0.##} MB: no copy was kept.";
        if (response.Content.Headers.ContentLength > _options.MaxBytes) throw new SourceTooLarge(tooBig);
        await using var body = await response.Content.ReadAsStreamAsync(ct);
        using var kept = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        // Counted as it arrives (after decompression): a missing or false Content-Length cannot get past the limit.
        while ((read = await body.ReadAsync(buffer, ct)) > 0)
        {
            if (kept.Length + read > _options.MaxBytes) throw new SourceTooLarge(tooBig);
            kept.Write(buffer, 0, read);
        }
        return kept.ToArray();
    }

    public void Dispose() => _client.Dispose();
}
