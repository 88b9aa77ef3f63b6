using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection.Extensions;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace ClaimTrack.Web.Infrastructure.Observability;

/// <summary>
/// OpenTelemetry for the app: metrics of ASP.NET Core, Kestrel, Blazor circuits, Npgsql, Marten and the app's own
/// figures, scraped by Prometheus from <see cref="MetricsListener"/> and, when OTEL_EXPORTER_OTLP_ENDPOINT is set, sent
/// with traces and logs over OTLP. Without either, nothing listens and the hot paths pay nothing. JSON console logs on
/// ClaimTrack:Logging:Json.
/// </summary>
public static class ObservabilitySetup
{
    public const string ServiceName = "claimtrack";
    public const string JsonLogsSetting = "ClaimTrack:Logging:Json";
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    // Npgsql 9 emits its own meter and activity source; Npgsql.OpenTelemetry only adds these two names (and its only
    // served version needs Npgsql 10, which Marten 9.58 does not use).
    private static readonly string[] Meters = [NewsroomMetrics.MeterName, "Npgsql", "Marten", "Microsoft.AspNetCore.Components.Server.Circuits", "System.Runtime"];
    private static readonly string[] Sources = ["Npgsql", "Marten"];
    private const string ComponentRenderMeter = "Microsoft.AspNetCore.Components.Lifecycle";

    public static TBuilder AddClaimTrackObservability<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        if (builder.Configuration.GetValue<bool>(JsonLogsSetting)) builder.Logging.AddJsonLogs();
        var section = builder.Configuration.GetSection(MetricsOptions.Section);
        builder.Services.Configure<MetricsOptions>(section);
        builder.Services.AddSingleton<NewsroomMetrics>();
        builder.Services.TryAddSingleton(TimeProvider.System);

        var scrape = (section.Get<MetricsOptions>() ?? new()).UrlList().Count > 0;
        var otlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]);
        if (!scrape && !otlp) return builder;

        var telemetry = builder.Services.AddOpenTelemetry()
            // The standard OTEL_SERVICE_NAME still names the service; otherwise "claimtrack", one instance id per process.
            .ConfigureResource(resource => resource.AddService(builder.Configuration["OTEL_SERVICE_NAME"] is { Length: > 0 } name ? name : ServiceName))
            .WithMetrics(metrics => metrics.AddMeter(Meters).AddAspNetCoreInstrumentation());
        builder.Services.ConfigureOpenTelemetryMeterProvider((services, metrics) =>
            metrics.AddView(LeaveOut(services.GetRequiredService<IMeterFactory>())));
        builder.Services.AddHostedService<ProjectionLagWatch>();
        if (scrape)
        {
            // Collected afresh on every scrape, so a scrape right after a request shows it.
            telemetry.WithMetrics(metrics => metrics.AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
            builder.Services.AddSingleton<MetricsListener>();
            builder.Services.AddHostedService(services => services.GetRequiredService<MetricsListener>());
        }
        // Traces only go somewhere over OTLP, so without it no span is even created for a reader's request.
        if (otlp) telemetry.WithTracing(tracing => tracing.AddAspNetCoreInstrumentation().AddSource(Sources)).UseOtlpExporter();
        return builder;
    }

    /// <summary>
    /// What is left out: instruments made by another host's meter factory, so that in one process with several hosts
    /// (the tests) each reports its own requests and gauges (meters made without a factory, Npgsql's and the runtime's,
    /// are process-wide); and Blazor's per-component render timings, a developer's tool that costs on every render.
    /// </summary>
    public static Func<Instrument, MetricStreamConfiguration?> LeaveOut(IMeterFactory own) => instrument =>
        instrument.Meter.Name == ComponentRenderMeter || (instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, own))
            ? MetricStreamConfiguration.Drop
            : null;

    private static void AddJsonLogs(this ILoggingBuilder logging) => logging.AddJsonConsole(json =>
    {
        json.UseUtcTimestamp = true;
        json.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        // Scopes carry the request and, with tracing on, the trace and span ids that tie a line to its trace.
        json.IncludeScopes = true;
    });
}
