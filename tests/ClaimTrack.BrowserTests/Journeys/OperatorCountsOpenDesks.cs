using ClaimTrack.BrowserTests.Support;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Infrastructure.Observability;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.BrowserTests.Journeys;

/// <summary>A newsroom of its own whose Prometheus listener answers on a free loopback port.</summary>
public sealed class MeteredNewsroom(TestCluster cluster) : IAsyncLifetime
{
    public NewsroomServer Server { get; private set; } = null!;
    public string MetricsAddress { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        Server = NewsroomServer.Start(await cluster.CreateDatabaseAsync("metered"),
            new Dictionary<string, string> { ["ClaimTrack:Metrics:Urls"] = "http://127.0.0.1:0" });
        MetricsAddress = Server.Services.GetRequiredService<MetricsListener>().Addresses.Single();
    }

    public async ValueTask DisposeAsync()
    {
        if (Server is not null) await Server.DisposeAsync();
    }
}

/// <summary>
/// Journey 12: an operator watches the desk's open circuits (ASP.NET Core's own Blazor circuit metrics) while editors
/// open and close desk pages.
/// </summary>
[Collection(NewsroomCollection.Name)]
public sealed class OperatorCountsOpenDesks(MeteredNewsroom newsroom, ChromiumFixture chromium)
    : Journey(newsroom.Server, chromium), IClassFixture<MeteredNewsroom>
{
    private const string Connected = "aspnetcore_components_circuit_connected";
    private static readonly HttpClient Operator = new();

    private async Task ExpectConnectedAsync(double count)
    {
        Scrape? scrape = null;
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(15),
            async () => (scrape = await Scrape.TakeAsync(Operator, newsroom.MetricsAddress)).Sum(Connected) == count,
            $"{count} open desk circuits counted", TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public async Task Each_open_desk_page_is_a_connected_circuit_until_it_is_closed()
    {
        var editor = await OpenAsync(Editor);
        await ExpectConnectedAsync(1);

        var reporter = await OpenAsync(Reporter);
        await ExpectConnectedAsync(2);
        var scrape = await Scrape.TakeAsync(Operator, newsroom.MetricsAddress);
        scrape.Sum("aspnetcore_components_circuit_active").ShouldBeGreaterThanOrEqualTo(2, scrape.Text);

        await reporter.CloseAsync();
        await ExpectConnectedAsync(1);
        await editor.CloseAsync();
        await ExpectConnectedAsync(0);
    }
}
