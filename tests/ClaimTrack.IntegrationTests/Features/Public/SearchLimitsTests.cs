using System.Net;
using ClaimTrack.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>An app whose reader search allows 3 searches per address per hour (no refill mid-test).</summary>
public sealed class SearchLimitsDatabase(TestCluster cluster) : IAsyncLifetime
{
    public const int PerAddress = 3;
    public const int WindowSeconds = 3600;

    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = new ClaimTrackApp(await cluster.CreateDatabaseAsync("searchlimits"), settings: new Dictionary<string, string>
        {
            ["ClaimTrack:RateLimits:SearchPerAddress"] = $"{PerAddress}",
            ["ClaimTrack:RateLimits:SearchWindowSeconds"] = $"{WindowSeconds}",
        })
        { ExtraServices = services => services.AddTransient<IStartupFilter, ClientAddresses>() };
        _ = App.Services;
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class SearchLimitsTests(SearchLimitsDatabase db) : IClassFixture<SearchLimitsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    private Task<(HttpResponseMessage Response, string Body)> SearchAsync(string from, string words) =>
        _reader.GetAsync($"/search?q={Uri.EscapeDataString(words)}", request => request.Headers.Add(ClientAddresses.Header, from));

    [Fact]
    public async Task Fresh_searches_past_the_limit_get_429_while_answered_ones_still_come_from_the_cache()
    {
        var first = $"alpha{Guid.NewGuid():N}";
        for (var i = 0; i < SearchLimitsDatabase.PerAddress; i++)
            (await SearchAsync("198.51.100.20", i == 0 ? first : $"word{i}{Guid.NewGuid():N}")).Response.StatusCode.ShouldBe(HttpStatusCode.OK);

        var fresh = $"fresh{Guid.NewGuid():N}";
        var (refused, body) = await SearchAsync("198.51.100.20", fresh);

        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(SearchLimitsDatabase.WindowSeconds));
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("text/html");
        refused.Headers.CacheControl!.NoStore.ShouldBeTrue();
        refused.Headers.Contains("Set-Cookie").ShouldBeFalse();
        body.ShouldContain($"Please wait {SearchLimitsDatabase.WindowSeconds} seconds, then try again.");

        // A search already answered is served from the output cache, which runs before the limiter.
        (await SearchAsync("198.51.100.20", first)).Response.StatusCode.ShouldBe(HttpStatusCode.OK);
        // The refusal was not cached for others: another address gets the same fresh search answered.
        var (elsewhere, _) = await SearchAsync("198.51.100.21", fresh);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.OK);
        elsewhere.Headers.Contains("Set-Cookie").ShouldBeFalse();
    }

    [Fact]
    public async Task Other_reader_pages_are_not_limited()
    {
        for (var i = 0; i < SearchLimitsDatabase.PerAddress + 2; i++)
            (await _reader.GetAsync($"/corrections?page={i + 1}", r => r.Headers.Add(ClientAddresses.Header, "198.51.100.30"))).Response.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
    }

    public void Dispose() => _reader.Dispose();
}
