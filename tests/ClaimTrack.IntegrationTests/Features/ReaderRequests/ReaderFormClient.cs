using System.Net;
using System.Text.RegularExpressions;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.ReaderRequests;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests;

/// <summary>
/// An app whose reader forms take a post at once (no minimum time) and allow <see cref="PerAddress"/> posts per address
/// per hour; each test posts from addresses of its own, so the limit is only met where a test means to meet it.
/// </summary>
public sealed class ReaderFormsDatabase(TestCluster cluster) : IAsyncLifetime
{
    public const int PerAddress = 3;

    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new ClaimTrackApp(await cluster.CreateDatabaseAsync("readerforms"), settings: new Dictionary<string, string>
        {
            ["ClaimTrack:Intake:MinSecondsToSubmit"] = "0",
            ["ClaimTrack:RateLimits:ReaderFormsPerAddress"] = $"{PerAddress}",
            ["ClaimTrack:RateLimits:ReaderFormsWindowSeconds"] = "3600",
        })
        { ExtraServices = services => services.AddTransient<IStartupFilter, ClientAddresses>() };
        _ = App.Services;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>A reader filling in the forms as a browser without script would: GET the form, POST its fields, no cookies.</summary>
public sealed partial class ReaderFormClient(ClaimTrackApp app) : IDisposable
{
    private readonly HttpClient _client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
    private static int _nextAddress;

    /// <summary>An address no other test posts from.</summary>
    public string Address { get; set; } = $"198.51.100.{Interlocked.Increment(ref _nextAddress) % 250 + 1}";

    public async Task<string> StampAsync(string formPath)
    {
        var (response, body) = await GetAsync(formPath);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return Stamp().Match(body).Groups[1].Value;
    }

    public async Task<(HttpResponseMessage Response, string Body)> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        var response = await _client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts the form at <paramref name="formPath"/> with a stamp fetched from it unless one is given.</summary>
    public async Task<(HttpResponseMessage Response, string Body)> PostAsync(string formPath, IDictionary<string, string> fields, string? stamp = null)
    {
        var all = new Dictionary<string, string>(fields) { [ReaderForms.Stamp] = stamp ?? await StampAsync(formPath) };
        using var request = new HttpRequestMessage(HttpMethod.Post, formPath) { Content = new FormUrlEncodedContent(all) };
        request.Headers.Add(ClientAddresses.Header, Address);
        var response = await _client.SendAsync(request);
        return (response, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends a tip that passes every rule and returns its status address.</summary>
    public async Task<string> SuggestAsync(string said, string? email = null)
    {
        var fields = new Dictionary<string, string> { [ReaderForms.Said] = said, [ReaderForms.SaidBy] = "The mayor", [ReaderForms.Where] = "City Radio" };
        if (email is not null) fields[ReaderForms.Email] = email;
        var (response, body) = await PostAsync(ReaderIntakePaths.Suggest, fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, body);
        return response.Headers.Location!.OriginalString;
    }

    [GeneratedRegex("name=\"stamp\" value=\"([^\"]+)\"")]
    private static partial Regex Stamp();

    public void Dispose() => _client.Dispose();
}
