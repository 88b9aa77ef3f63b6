using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace ClaimTrack.Web.Infrastructure.Observability;

/// <summary>
/// The Prometheus scrape endpoint, /metrics, on a small Kestrel server of its own (ClaimTrack:Metrics:Urls, loopback by
/// default). Not a path of the reader site: no proxy rule, Host header or forwarded address can route a reader here, and
/// nothing of the site's pipeline (output cache, cookies, the desk) runs on it. Trouble with it is logged and never
/// stops the newsroom: readers matter more than a scrape.
/// </summary>
public sealed class MetricsListener(MeterProvider meters, IOptions<MetricsOptions> options, ILogger<MetricsListener> log)
    : IHostedService
{
    public const string Path = "/metrics";

    private WebApplication? _server;

    /// <summary>Where the listener answers (the real port when the setting asked for port 0); empty when it does not.</summary>
    public IReadOnlyList<string> Addresses => _server?.Urls.ToList() ?? [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var urls = options.Value.UrlList();
        if (urls.Count == 0) return;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        var server = builder.Build();
        foreach (var url in urls) server.Urls.Add(url);
        server.UseOpenTelemetryPrometheusScrapingEndpoint(meters, predicate: null, Path, branch => branch.Use((http, next) =>
        {
            // Figures of this moment: no browser or proxy keeps a copy.
            http.Response.Headers.CacheControl = "no-store";
            return next(http);
        }), optionsName: null);
        server.Run(http =>
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        try
        {
            await server.StartAsync(cancellationToken);
            _server = server;
            log.LogInformation("Metrics for Prometheus at {Addresses}", string.Join(", ", Addresses.Select(a => a + Path)));
        }
        catch (Exception problem) when (problem is IOException or FormatException or InvalidOperationException or ArgumentException)
        {
            await server.DisposeAsync();
            log.LogError(problem, "No metrics endpoint: {Section}:Urls '{Urls}' could not be listened on ({Reason}). The newsroom runs on; "
                + "give each node a free address, or leave the setting empty to turn the endpoint off", MetricsOptions.Section, options.Value.Urls, problem.Message);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_server is not { } server) return;
        _server = null;
        await server.StopAsync(cancellationToken);
        await server.DisposeAsync();
    }
}
