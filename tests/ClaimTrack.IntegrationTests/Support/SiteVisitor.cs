using System.Net;
using System.Text.RegularExpressions;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// One browser without a script engine, talking to app nodes that run as processes (or to nginx in front of them). Its
/// cookies are kept per host, not per port, as a browser's are: a cookie one node set on 127.0.0.1 goes to the other.
/// </summary>
public sealed partial class SiteVisitor : IDisposable
{
    private readonly HttpClient _client;

    public SiteVisitor() =>
        // No redirects followed: tests assert where the app sends a visitor.
        _client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = Cookies })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

    public CookieContainer Cookies { get; } = new();

    public Task<HttpResponseMessage> GetAsync(Uri site, string path) => _client.GetAsync(new Uri(site, path));

    public Task<HttpResponseMessage> PostAsync(Uri site, string path) => _client.PostAsync(new Uri(site, path), new ByteArrayContent([]));

    /// <returns>The antiforgery token in the form on this page (its cookie is kept).</returns>
    public async Task<string> FormTokenAsync(Uri site, string path)
    {
        var page = await _client.GetStringAsync(new Uri(site, path));
        var token = Token().Match(page).Groups[1].Value;
        token.ShouldNotBeNullOrEmpty($"a form token on {site}{path}");
        return token;
    }

    public async Task<HttpResponseMessage> SignInAsync(Uri site, string token, string email, string password)
    {
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await _client.PostAsync(new Uri(site, "/account/login"), form);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => _client.Dispose();
}
