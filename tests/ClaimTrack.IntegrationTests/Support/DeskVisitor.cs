using System.Net;
using System.Text.RegularExpressions;
using ClaimTrack.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>A newsroom member in a cookie-keeping client, signing in through the real sign-in form.</summary>
public sealed partial class DeskVisitor : IDisposable
{
    public const string Password = "correct-horse-battery";
    private static readonly Uri Site = new("http://localhost");
    private readonly ClaimTrackApp _app;
    private readonly Uri? _kestrel;
    private readonly CookieContainer _cookies = new();
    private readonly HttpClient _client;

    /// <param name="app">The app, served in memory or by Kestrel.</param>
    /// <param name="kestrel">The address of the app when Kestrel serves it (<see cref="KestrelDatabase"/>); null for the in-memory server.</param>
    public DeskVisitor(ClaimTrackApp app, Uri? kestrel = null)
    {
        (_app, _kestrel) = (app, kestrel);
        // No redirects followed: tests assert where the desk sends a visitor.
        _client = kestrel is null
            ? app.CreateDefaultClient(Site, new CookieContainerHandler(_cookies))
            : new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = _cookies }) { BaseAddress = kestrel };
    }

    /// <summary>Sends every request as coming from this address (when the app has <see cref="ClientAddresses"/>).</summary>
    public DeskVisitor From(string address)
    {
        _client.DefaultRequestHeaders.Add(ClientAddresses.Header, address);
        return this;
    }

    /// <summary>Another client holding a copy of this one's cookies now (another tab, another device, a stolen copy).</summary>
    public DeskVisitor WithCopiedCookies()
    {
        var copy = new DeskVisitor(_app, _kestrel);
        var site = _kestrel ?? Site;
        foreach (Cookie cookie in _cookies.GetCookies(site)) copy._cookies.Add(site, new Cookie(cookie.Name, cookie.Value, cookie.Path));
        return copy;
    }

    /// <summary>The same browser (its cookies copied now) talking to another node, served by Kestrel at that address.</summary>
    public DeskVisitor OnAnotherNode(Uri address)
    {
        var other = new DeskVisitor(_app, address);
        foreach (Cookie cookie in _cookies.GetCookies(_kestrel ?? Site)) other._cookies.Add(address, new Cookie(cookie.Name, cookie.Value, cookie.Path));
        return other;
    }

    /// <returns>The antiforgery token in the form on this page (the matching cookie is kept).</returns>
    public async Task<string> FormTokenAsync(string path) =>
        Token().Match(await _client.GetStringAsync(new Uri(path, UriKind.Relative))).Groups[1].Value;

    public async Task<HttpResponseMessage> PostFormAsync(string path, IReadOnlyDictionary<string, string> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await _client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Signs out through the desk's own form (its antiforgery token included).</summary>
    public async Task<HttpResponseMessage> SignOutAsync()
    {
        var page = await _client.GetStringAsync(new Uri("/desk", UriKind.Relative));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = Token().Match(page).Groups[1].Value });
        return await _client.PostAsync(new Uri("/account/logout", UriKind.Relative), content);
    }

    public static async Task<DeskUser> CreateUserAsync(ClaimTrackApp app, string role)
    {
        using var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<DeskUser>>();
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@test.claimtrack";
        var user = new DeskUser { UserName = email, Email = email, DisplayName = $"Test {role}", Roles = [role] };
        (await users.CreateAsync(user, Password)).Succeeded.ShouldBeTrue();
        return user;
    }

    /// <returns>The response to the sign-in form's POST.</returns>
    public async Task<(HttpResponseMessage Response, string Body)> SignInAsync(string email, string password, string? returnUrl = null)
    {
        var form = await _client.GetStringAsync(new Uri("/account/login", UriKind.Relative));
        var token = Token().Match(form).Groups[1].Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        var path = returnUrl is null ? "/account/login" : $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}";
        var response = await _client.PostAsync(new Uri(path, UriKind.Relative), content);
        return (response, await response.Content.ReadAsStringAsync());
    }

    public async Task<HttpResponseMessage> GetAsync(string path) => await _client.GetAsync(new Uri(path, UriKind.Relative));

    public async Task<HttpResponseMessage> PostAsync(string path) =>
        await _client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent([]));

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    public void Dispose() => _client.Dispose();
}
