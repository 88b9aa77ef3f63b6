namespace ClaimTrack.Web.Infrastructure.Observability;

/// <summary>ClaimTrack:Metrics: where Prometheus scrapes the app, and how often projection lag is read.</summary>
public sealed class MetricsOptions
{
    public const string Section = "ClaimTrack:Metrics";

    /// <summary>
    /// The addresses of the scrape listener, separated by ';' (as ASP.NET Core's urls). A listener of its own, never the
    /// readers' port: a proxy in front of the reader site forwards nothing here. Empty: no scrape endpoint.
    /// </summary>
    public string Urls { get; set; } = "http://127.0.0.1:9464";

    /// <summary>How often the projections' progress is read from the database for the lag gauge.</summary>
    public double ProjectionLagSeconds { get; set; } = 10;

    public IReadOnlyList<string> UrlList() =>
        Urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public TimeSpan ProjectionLagInterval() => TimeSpan.FromSeconds(Math.Clamp(ProjectionLagSeconds, 0.2, 3600));
}
