using System.Net;
using System.Net.Sockets;
using ClaimTrack.IntegrationTests.Features.Public;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Infrastructure.Observability;

/// <summary>A metrics address the node cannot use is logged as an error, and the newsroom runs on.</summary>
public sealed class MetricsListenerTests(TestCluster cluster)
{
    private async Task AssertRunsOnWithoutMetricsAsync(string urls, string logged)
    {
        var errors = new ErrorLog();
        await using var app = new ClaimTrackApp(await cluster.CreateDatabaseAsync("metrics_trouble"), settings: new Dictionary<string, string>
        {
            ["ClaimTrack:Metrics:Urls"] = urls,
        })
        { ExtraLogs = errors };
        using var reader = new Reader(app);

        await reader.PageAsync("/methodology");

        app.Services.GetRequiredService<MetricsListener>().Addresses.ShouldBeEmpty();
        errors.Entries.ShouldContain(entry => entry.Contains("No metrics endpoint", StringComparison.Ordinal) && entry.Contains(logged, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_address_already_taken_by_another_process()
    {
        using var other = new TcpListener(IPAddress.Loopback, 0);
        other.Start();
        var taken = $"http://127.0.0.1:{((IPEndPoint)other.LocalEndpoint).Port}";

        await AssertRunsOnWithoutMetricsAsync(taken, taken);
    }

    [Fact]
    public async Task A_setting_that_is_not_an_address()
    {
        await AssertRunsOnWithoutMetricsAsync("metrics please", "metrics please");
    }
}
