using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims.Writing;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.BrowserTests.Support;

/// <summary>
/// The real app on a real Kestrel port (a browser cannot reach the in-memory test server), over a database of its own,
/// with the demo newsroom on so its accounts for every role exist.
/// </summary>
public sealed class NewsroomServer : WebApplicationFactory<Program>
{
    private readonly string _connectionString;
    private readonly IReadOnlyDictionary<string, string> _settings;

    private NewsroomServer(string connectionString, IReadOnlyDictionary<string, string>? settings = null)
    {
        _connectionString = connectionString;
        _settings = settings ?? new Dictionary<string, string>();
        UseKestrel(0);
        StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
    }

    public string BaseUrl { get; }
    public ClaimWriter Writer => Services.GetRequiredService<ClaimWriter>();
    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public static async Task<NewsroomServer> StartAsync(TestCluster cluster, string name) =>
        new(await cluster.CreateDatabaseAsync(name));

    /// <summary>The app over this connection string; <paramref name="settings"/> is configuration the app reads, such as
    /// "ClaimTrack:Desk:RevalidateSeconds" = "1".</summary>
    public static NewsroomServer Start(string connectionString, IReadOnlyDictionary<string, string>? settings = null) => new(connectionString, settings);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:ClaimTrack", _connectionString);
        builder.UseSetting("ClaimTrack:DemoNewsroom:Enabled", "true");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Marten", "None");
        // The journeys sign in as the same demo people from one address many times a minute.
        foreach (var (key, value) in TestLimits.Generous) builder.UseSetting(key, value);
        // No Prometheus listener unless a test asks for one: many hosts in one run would compete for one port.
        builder.UseSetting("ClaimTrack:Metrics:Urls", "");
        // Evidence sources are not fetched: test evidence names example.org addresses, and tests never reach the internet.
        // The archive's own tests turn it on, against a site of their own on loopback.
        builder.UseSetting("ClaimTrack:Archive:Enabled", "false");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
    }

    /// <summary>A claim history written through the app's own writer, for journeys that start half-way.</summary>
    public ClaimStories Story(string statement) => new(Writer) { Statement = statement };
}
