using System.Net;
using System.Text.Json;
using ClaimTrack.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public.Api;

/// <summary>An app whose read API allows 3 uncached requests per address per hour (no refill mid-test).</summary>
public sealed class ReadApiLimitsDatabase(TestCluster cluster) : IAsyncLifetime
{
    public const int PerAddress = 3;
    public const int WindowSeconds = 3600;

    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new ClaimTrackApp(await cluster.CreateDatabaseAsync("apilimits"), settings: new Dictionary<string, string>
        {
            ["ClaimTrack:RateLimits:ApiPerAddress"] = $"{PerAddress}",
            ["ClaimTrack:RateLimits:ApiWindowSeconds"] = $"{WindowSeconds}",
        })
        { ExtraServices = services => services.AddTransient<IStartupFilter, ClientAddresses>() };
        _ = App.Services;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class ReadApiLimitsTests(ReadApiLimitsDatabase db) : IClassFixture<ReadApiLimitsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private Task<(HttpResponseMessage Response, string Body)> AskAsync(string from, string path) =>
        _reader.GetAsync(path, request => request.Headers.Add(ClientAddresses.Header, from));

    [Fact]
    public async Task Fresh_requests_past_the_limit_get_a_429_problem_while_stored_answers_still_come()
    {
        for (var size = 1; size <= ReadApiLimitsDatabase.PerAddress; size++)
            (await AskAsync("198.51.100.30", $"/api/v1/claims?size={size}")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var (refused, body) = await AskAsync("198.51.100.30", "/api/v1/claims?size=50");

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(ReadApiLimitsDatabase.WindowSeconds));
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        refused.Headers.CacheControl!.NoStore.ShouldBeTrue();
        JsonDocument.Parse(body).RootElement.GetProperty("retryAfterSeconds").GetInt32().ShouldBe(ReadApiLimitsDatabase.WindowSeconds);
        // Stored answers are served before the limiter counts; another address is counted on its own.
        (await AskAsync("198.51.100.30", "/api/v1/claims?size=1")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await AskAsync("198.51.100.31", "/api/v1/claims?size=50")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    public void Dispose() => _reader.Dispose();
}
