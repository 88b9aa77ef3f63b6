using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Observability;
using Marten.Events;
using Marten.Events.Daemon.Coordination;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Infrastructure.Observability;

/// <summary>An app whose Prometheus listener is on a free loopback port, reading projection lag twice a second.</summary>
public sealed class MetricsDatabase(TestCluster cluster) : IAsyncLifetime
{
    public ClaimTrackApp App { get; private set; } = null!;
    public string Address { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        App = await ClaimTrackApp.StartAsync(cluster, "metrics", settings: new Dictionary<string, string>
        {
            ["ClaimTrack:Metrics:Urls"] = "http://127.0.0.1:0",
            ["ClaimTrack:Metrics:ProjectionLagSeconds"] = "0.5",
        });
        Address = App.Services.GetRequiredService<MetricsListener>().Addresses.Single();
    }

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class MetricsEndpointTests(MetricsDatabase db) : IClassFixture<MetricsDatabase>, IDisposable
{
    private readonly HttpClient _operator = new();
    private readonly Reader _reader = new(db.App);

    private Task<Scrape> ScrapeAsync() => Scrape.TakeAsync(_operator, db.Address);

    /// <summary>Scrapes until the condition holds (the lag is read every half second), failing after half a minute.</summary>
    private async Task<Scrape> ScrapeUntilAsync(Func<Scrape, bool> holds)
    {
        Scrape? last = null;
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () => holds(last = await ScrapeAsync()),
            "the scrape shows the expected figures", TimeSpan.FromMilliseconds(100));
        return last!;
    }

    [Fact]
    public async Task The_scrape_is_prometheus_text_never_stored_and_sets_no_cookie()
    {
        var response = await _operator.GetAsync(new Uri(new Uri(db.Address), MetricsListener.Path), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/plain");
        response.Headers.CacheControl!.NoStore.ShouldBeTrue();
        response.Headers.Contains("Set-Cookie").ShouldBeFalse();
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("# TYPE ");
    }

    [Theory]
    [InlineData("/metrics")]
    [InlineData("/metrics/")]
    [InlineData("/Metrics")]
    public async Task Readers_asking_the_site_for_metrics_get_a_404_and_no_figures(string path)
    {
        var (response, body) = await _reader.GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        body.ShouldNotContain("claimtrack_");
        body.ShouldNotContain("http_server_request_duration");
    }

    [Fact]
    public async Task The_metrics_listener_serves_nothing_of_the_site()
    {
        var response = await _operator.GetAsync(new Uri(new Uri(db.Address), "/"), TestContext.Current.CancellationToken);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Reader_requests_and_database_commands_are_measured()
    {
        await _reader.PageAsync("/methodology");

        var scrape = await ScrapeAsync();

        scrape.Sum("http_server_request_duration_seconds_count", "http_route=\"/methodology\"").ShouldBeGreaterThanOrEqualTo(1);
        scrape.Has("db_client_commands_duration_seconds_count").ShouldBeTrue(scrape.Text);
    }

    [Fact]
    public async Task A_cached_page_counts_one_miss_when_rendered_and_one_hit_when_served_again()
    {
        var story = await new ClaimStories(db.App.Writer) { Statement = $"Cache counting {Guid.NewGuid():N}" }.PublishedAsync("Counted Claimant");
        var path = Reader.ClaimPath(story);
        var before = await ScrapeAsync();

        await _reader.PageAsync(path);
        var rendered = await ScrapeAsync();
        await _reader.PageAsync(path);
        var served = await ScrapeAsync();

        Hits(rendered).ShouldBe(Hits(before));
        Misses(rendered).ShouldBe(Misses(before) + 1);
        Hits(served).ShouldBe(Hits(rendered) + 1);
        Misses(served).ShouldBe(Misses(rendered));
    }

    [Fact]
    public async Task Publishing_a_claim_records_its_time_to_the_reader_page()
    {
        const string Series = "claimtrack_reader_page_delay_seconds_count";
        var before = await ScrapeAsync();

        await new ClaimStories(db.App.Writer) { Statement = $"Delay measured {Guid.NewGuid():N}" }.PublishedAsync("Timed Claimant");
        var after = await ScrapeAsync();

        after.Sum(Series, "change=\"published\"").ShouldBe(before.Sum(Series, "change=\"published\"") + 1);
        var seconds = after.Sum("claimtrack_reader_page_delay_seconds_sum") - before.Sum("claimtrack_reader_page_delay_seconds_sum");
        // Measured on the node that saved, right after its commit: well under a second, and never a date's worth.
        seconds.ShouldBeInRange(0, 5);
    }

    [Fact]
    public async Task Projection_lag_counts_the_events_a_paused_daemon_has_not_processed_and_returns_to_zero()
    {
        const string Lag = "claimtrack.projection.lag";
        var series = Lag.Replace('.', '_');
        await new ClaimStories(db.App.Writer) { Statement = $"Lag baseline {Guid.NewGuid():N}" }.PublishedAsync("Lagging Claimant", "lag topic");
        await db.App.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));
        await ScrapeUntilAsync(s => s.Has(series) && s.Samples(series).All(p => p.Value == 0));

        var daemon = db.App.Services.GetRequiredService<IProjectionCoordinator>();
        await daemon.PauseAsync();
        try
        {
            await new ClaimStories(db.App.Writer) { Statement = $"Lag while paused {Guid.NewGuid():N}" }.PublishedAsync("Lagging Claimant", "lag topic");
            var behind = await ScrapeUntilAsync(s => s.Samples(series).Any(p => p.Value > 0));
            behind.Samples(series).ShouldAllBe(p => p.Labels.Contains("projection=\"", StringComparison.Ordinal));
        }
        finally
        {
            await daemon.ResumeAsync();
        }

        await ScrapeUntilAsync(s => s.Has(series) && s.Samples(series).All(p => p.Value == 0));
    }

    private static double Hits(Scrape scrape) => scrape.Sum("claimtrack_reader_cache_requests_total", "result=\"hit\"");
    private static double Misses(Scrape scrape) => scrape.Sum("claimtrack_reader_cache_requests_total", "result=\"miss\"");

    public void Dispose()
    {
        _operator.Dispose();
        _reader.Dispose();
    }
}
