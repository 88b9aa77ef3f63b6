using System.Diagnostics.Metrics;
using ClaimTrack.Web.Infrastructure.Observability;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;

namespace ClaimTrack.Tests.Infrastructure.Observability;

public sealed class ObservabilitySetupTests
{
    private static IServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Services.AddLogging();
        builder.AddClaimTrackObservability();
        return builder.Build().Services;
    }

    [Fact]
    public void Json_logs_are_a_setting()
    {
        Build((ObservabilitySetup.JsonLogsSetting, "true")).GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName.ShouldBe("json");
    }

    [Fact]
    public void Logs_stay_plain_text_by_default()
    {
        Build().GetRequiredService<IOptions<ConsoleLoggerOptions>>().Value.FormatterName.ShouldNotBe("json");
    }

    [Fact]
    public void Without_a_scrape_address_or_an_otlp_endpoint_nothing_collects()
    {
        var services = Build(("ClaimTrack:Metrics:Urls", ""));

        services.GetService<MeterProvider>().ShouldBeNull();
        services.GetService<MetricsListener>().ShouldBeNull();
    }

    [Fact]
    public void An_otlp_endpoint_alone_turns_metrics_on_without_a_scrape_listener()
    {
        var services = Build(("ClaimTrack:Metrics:Urls", ""), (ObservabilitySetup.OtlpEndpointSetting, "http://127.0.0.1:4317"));

        services.GetService<MeterProvider>().ShouldNotBeNull();
        services.GetService<MetricsListener>().ShouldBeNull();
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
