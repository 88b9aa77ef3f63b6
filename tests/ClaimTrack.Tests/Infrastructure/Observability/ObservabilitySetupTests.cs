using System.Diagnostics.Metrics;
using ClaimTrack.Web.Infrastructure.Observability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace ClaimTrack.Tests.Infrastructure.Observability;

public sealed class ObservabilitySetupTests
{
    private static IHost Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddLogging();
        builder.AddClaimTrackObservability();
        return builder.Build();
    }

    [Fact]
    public void A_scrape_address_alone_collects_metrics_but_creates_no_spans()
    {
        using var host = Build(("ClaimTrack:Metrics:Urls", "http://127.0.0.1:0"));

        host.Services.GetService<MeterProvider>().ShouldNotBeNull();
        host.Services.GetService<TracerProvider>().ShouldBeNull();
        host.Services.GetService<MetricsListener>().ShouldNotBeNull();
    }

    [Fact]
    public void Json_logs_are_a_setting()
    {
        using var host = Build((ObservabilitySetup.JsonLogsSetting, "true"));

        host.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName.ShouldBe("json");
    }

    [Fact]
    public void Logs_stay_plain_text_by_default()
    {
        using var host = Build();

        host.Services.GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName.ShouldNotBe("json");
    }

    [Fact]
    public void Without_a_scrape_address_or_an_otlp_endpoint_nothing_collects()
    {
        using var host = Build(("ClaimTrack:Metrics:Urls", ""));

        host.Services.GetService<MeterProvider>().ShouldBeNull();
        host.Services.GetService<TracerProvider>().ShouldBeNull();
        host.Services.GetService<MetricsListener>().ShouldBeNull();
    }

    [Fact]
    public void An_otlp_endpoint_alone_turns_traces_and_metrics_on_without_a_scrape_listener()
    {
        using var host = Build(("ClaimTrack:Metrics:Urls", ""), (ObservabilitySetup.OtlpEndpointSetting, "http://127.0.0.1:4317"));

        host.Services.GetService<MeterProvider>().ShouldNotBeNull();
        host.Services.GetService<TracerProvider>().ShouldNotBeNull();
        host.Services.GetService<MetricsListener>().ShouldBeNull();
    }

    [Fact]
    public void Instruments_of_another_hosts_meter_factory_are_left_out()
    {
        using var own = new MeterFactoryHolder();
        using var other = new MeterFactoryHolder();
        using var processWide = new Meter("Npgsql");
        var view = ObservabilitySetup.LeaveOut(own.Factory);

        view(own.Factory.Create("ClaimTrack").CreateCounter<long>("c")).ShouldBeNull();
        view(processWide.CreateCounter<long>("c")).ShouldBeNull();
        view(other.Factory.Create("ClaimTrack").CreateCounter<long>("c")).ShouldBe(MetricStreamConfiguration.Drop);
    }

    [Fact]
    public void Blazor_per_component_render_timings_are_left_out_and_circuits_kept()
    {
        using var own = new MeterFactoryHolder();
        var view = ObservabilitySetup.LeaveOut(own.Factory);

        view(own.Factory.Create("Microsoft.AspNetCore.Components.Lifecycle").CreateHistogram<double>("h")).ShouldBe(MetricStreamConfiguration.Drop);
        view(own.Factory.Create("Microsoft.AspNetCore.Components.Server.Circuits").CreateUpDownCounter<long>("c")).ShouldBeNull();
    }

    private sealed class MeterFactoryHolder : IDisposable
    {
        private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        public IMeterFactory Factory => _services.GetRequiredService<IMeterFactory>();
        public void Dispose() => _services.Dispose();
    }
}
