using ClaimTrack.Web.Features.Claims.Writing;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>The real app over a database of its own in the test run's PostgreSQL cluster.</summary>
public sealed class ClaimTrackApp(string connectionString, bool demoNewsroom = false, IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();
    public ClaimWriter Writer => Services.GetRequiredService<ClaimWriter>();

    /// <summary>A log sink added to the app's own, for tests that check what the app logged.</summary>
    public ILoggerProvider? ExtraLogs { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:ClaimTrack", connectionString);
        builder.UseSetting("ClaimTrack:DemoNewsroom:Enabled", demoNewsroom ? "true" : "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        // Conflicts and refused commands are expected here; Marten logs each failed batch as an error.
        builder.UseSetting("Logging:LogLevel:Marten", "None");
        // The suite signs in and searches from one address far more often than a person would; a test of the limits
        // sets its own.
        foreach (var (key, value) in TestLimits.Generous) builder.UseSetting(key, value);
        // Every test database makes a key ring of its own, stored unencrypted unless a test sets a certificate.
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.DataProtection", "Error");
        // No Prometheus listener unless a test asks for one: many hosts in one run would compete for one port.
        builder.UseSetting("ClaimTrack:Metrics:Urls", "");
        // Evidence sources are not fetched: test evidence names example.org addresses, and tests never reach the internet.
        // The archive's own tests turn it on, against a site of their own on loopback.
        builder.UseSetting("ClaimTrack:Archive:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) builder.UseSetting(key, value);
        if (ExtraLogs is { } logs) builder.ConfigureLogging(logging => logging.AddProvider(logs));
        if (ExtraServices is { } extra) builder.ConfigureTestServices(extra);
    }

    /// <summary>Services added after the app's own (a decorator, a startup filter, a Marten listener), for tests that
    /// watch or interrupt what the app does.</summary>
    public Action<IServiceCollection>? ExtraServices { get; init; }

    // settings: configuration the app reads, such as "ClaimTrack:Newsroom:TwoPersonRule" = "false".
    public static async Task<ClaimTrackApp> StartAsync(
        TestCluster cluster, string name, bool demoNewsroom = false, IReadOnlyDictionary<string, string>? settings = null)
    {
        var app = new ClaimTrackApp(await cluster.CreateDatabaseAsync(name), demoNewsroom, settings);
        _ = app.Services; // builds and starts the host: schema, daemon, demo loader
        return app;
    }
}
