using System.Text.RegularExpressions;
using ClaimTrack.Web.Features.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>A newsroom member in a cookie-keeping client, signing in through the real sign-in form.</summary>
/// <param name="app">The app, served in memory or by Kestrel.</param>
/// <param name="kestrel">The address of the app when Kestrel serves it (<see cref="KestrelDatabase"/>); null for the in-memory server.</param>
public sealed partial class DeskVisitor(ClaimTrackApp app, Uri? kestrel = null) : IDisposable
{
    public const string Password = "correct-horse-battery";
    private readonly HttpClient _client = kestrel is null
        ? app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true })
        : new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = kestrel };

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
