using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Infrastructure;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// The app's store and claim writer over a database, and nothing else of the app, as the benchmark host opens them: the
/// host is never started, so no daemon, no node channel, no web server. For tests that watch nodes running elsewhere
/// (processes) and need to write histories or read the read models without being a node themselves.
/// </summary>
public sealed class StoreOnly : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private StoreOnly(ServiceProvider services) => _services = services;

    public IDocumentStore Store => _services.GetRequiredService<IDocumentStore>();
    public ClaimWriter Writer => _services.GetRequiredService<ClaimWriter>();

    public static async Task<StoreOnly> OpenAsync(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{StoreSetup.ConnectionStringName}"] = connectionString,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        await builder.AddClaimTrackStoreAsync();
        builder.Services.AddClaims(builder.Configuration);
        return new StoreOnly((ServiceProvider)builder.Build().Services);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
