using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>An anonymous reader: no cookies kept, redirects not followed, so tests see exactly what the server sends.</summary>
/// <param name="app">The app, served in memory.</param>
/// <param name="site">The address the reader asks for (its scheme and Host header); http://localhost unless given.</param>
public sealed partial class Reader(ClaimTrackApp app, Uri? site = null) : IDisposable
{
    private readonly HttpClient _client = app.CreateClient(new()
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
        BaseAddress = site ?? new Uri("http://localhost"),
    });

    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path, Action<HttpRequestMessage>? tune = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        tune?.Invoke(request);
        var response = await _client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public async Task<string> PageAsync(string path)
    {
        var (response, body) = await GetAsync(path);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path}");
        response.Headers.Contains("Set-Cookie").ShouldBeFalse($"GET {path} must not set a cookie");
        return body;
    }

    public static JsonDocument ClaimReview(string html)
    {
        var match = JsonLd().Match(html);
        match.Success.ShouldBeTrue("the page carries a JSON-LD block");
        return JsonDocument.Parse(match.Groups[1].Value);
    }

    public static string ClaimPath(ClaimStories story) => $"/claims/{story.ClaimId}/{ClaimTrack.Web.Features.Claims.Slugs.From(story.Statement)}";

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();

    public void Dispose() => _client.Dispose();
}
