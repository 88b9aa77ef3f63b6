using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.IO.Compression;
using System.Net;
using System.Text;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public.Delivery;

/// <summary>
/// Issue 15, part 6: reader answers leave compressed as the reader asks, and the output cache stores them compressed,
/// so a cached hit is copied out without compressing anything (counted by the app's own compression counter).
/// </summary>
public sealed class ReaderCompressionTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly HttpClient _client = db.App.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });

    [Fact]
    public async Task Brotli_and_gzip_bodies_decompress_to_the_page_sent_uncompressed()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Compressed Person", "Compressed topic");
        string[] paths = [Reader.ClaimPath(story), $"/feeds/claims/{story.ClaimId}.rss", $"/claimants/{Slugs.From("Compressed Person")}", "/sitemap.xml"];
        foreach (var path in paths)
        {
            var plain = await SendAsync(path, null);
            plain.Encoding.ShouldBeNull(path);
            foreach (var encoding in new[] { "br", "gzip" })
            {
                var packed = await SendAsync(path, encoding);
                packed.Encoding.ShouldBe(encoding, path);
                packed.Bytes.Length.ShouldBeLessThan(plain.Bytes.Length, $"{path} in {encoding}");
                Decompress(packed.Bytes, encoding).ShouldBe(Encoding.UTF8.GetString(plain.Bytes), $"{path} in {encoding}");
                // The same reader headers as the uncompressed page, and each encoding a validator of its own.
                packed.Response.Headers.GetValues("Content-Security-Policy").ShouldBe(plain.Response.Headers.GetValues("Content-Security-Policy"));
                packed.Response.Headers.ETag.ShouldNotBe(plain.Response.Headers.ETag);
            }
        }
    }

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("gzip;q=0, br;q=0", null)]
    [InlineData("identity", null)]
    [InlineData("compress, deflate", null)]
    [InlineData("*", "br")]
    [InlineData(";;; q=banana", null)]
    public async Task The_encoding_follows_accept_encoding_and_every_answer_says_it_varies_by_it(string accept, string? expected)
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Negotiated Person");

        var answer = await SendAsync(Reader.ClaimPath(story), accept);

        answer.Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        answer.Encoding.ShouldBe(expected);
        answer.Response.Headers.Vary.ShouldContain("Accept-Encoding");
        answer.Response.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task A_cached_hit_compresses_nothing()
    {
        var compressions = CountCompressions();
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Cached Compressed Person");
        var path = Reader.ClaimPath(story);

        var first = await SendAsync(path, "br");
        compressions.Count(e => e == "br").ShouldBe(1, "the first reader's page was compressed once");
        for (var i = 0; i < 5; i++)
        {
            var again = await SendAsync(path, i % 2 == 0 ? "br" : "gzip, deflate, br");
            again.Bytes.ShouldBe(first.Bytes, "the stored bytes, sent as they were stored");
            again.Response.Headers.Age.ShouldNotBeNull("served from the output cache");
        }
        compressions.Count(e => e == "br").ShouldBe(1, "five cached hits compressed nothing");

        (await SendAsync(path, "gzip")).Encoding.ShouldBe("gzip");
        (await SendAsync(path, "gzip")).Encoding.ShouldBe("gzip");
        compressions.Count(e => e == "gzip").ShouldBe(1, "gzip has a stored copy of its own, compressed once");
    }

    [Fact]
    public async Task The_desk_and_sign_in_pages_are_never_compressed()
    {
        // BREACH: these carry antiforgery tokens (and, signed in, cookies); compressing them next to reflected input
        // would let an attacker guess a secret from response sizes. See docs/security.md "Compression".
        foreach (var path in new[] { "/account/login", "/desk" })
        {
            var answer = await SendAsync(path, "br, gzip");
            answer.Encoding.ShouldBeNull(path);
        }
    }

    private ConcurrentBag<string> CountCompressions()
    {
        // Only this app's instrument: other test classes run their own apps in this process at the same time.
        var factory = db.App.Services.GetRequiredService<IMeterFactory>();
        var seen = new ConcurrentBag<string>();
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == factory && instrument.Name == "claimtrack.reader_compression.responses") l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
            seen.Add(tags.ToArray().First(t => t.Key == "encoding").Value as string ?? ""));
        listener.Start();
        _listeners.Add(listener);
        return seen;
    }

    private readonly List<MeterListener> _listeners = [];

    private async Task<(HttpResponseMessage Response, byte[] Bytes, string? Encoding)> SendAsync(string path, string? acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (acceptEncoding is not null) request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        var response = await _client.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return (response, bytes, response.Content.Headers.ContentEncoding.SingleOrDefault());
    }

    internal static string Decompress(byte[] bytes, string encoding)
    {
        using var packed = new MemoryStream(bytes);
        using Stream unpacking = encoding == "br" ? new BrotliStream(packed, CompressionMode.Decompress) : new GZipStream(packed, CompressionMode.Decompress);
        using var text = new StreamReader(unpacking, Encoding.UTF8);
        return text.ReadToEnd();
    }

    public void Dispose()
    {
        foreach (var listener in _listeners) listener.Dispose();
        _client.Dispose();
    }
}
