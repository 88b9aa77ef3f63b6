using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Writing;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.DemoNewsroom;

public sealed class DemoNewsroomOptions
{
    public const string Section = "ClaimTrack:DemoNewsroom";
    public bool Enabled { get; set; } = true;
}

/// <summary>Marks a database the demo newsroom was loaded into, so it is never loaded twice.</summary>
public sealed class DemoNewsroomMarker
{
    public const string DocumentId = "demo-newsroom";
    public string Id { get; set; } = DocumentId;
    public DateTimeOffset LoadedAt { get; set; }
    public int Claims { get; set; }
}

/// <summary>
/// Loads the demo newsroom into an empty database at start-up, through the same writer and decisions an editor uses,
/// so the demo can never hold a state the rules forbid.
/// </summary>
public sealed class DemoNewsroomLoader(
    IDocumentStore store, ClaimWriter writer, TimeProvider clock, IOptions<DemoNewsroomOptions> options, ILogger<DemoNewsroomLoader> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!options.Value.Enabled) return;
        await using var session = store.QuerySession();
        if (await session.LoadAsync<DemoNewsroomMarker>(DemoNewsroomMarker.DocumentId, cancellationToken) is not null) return;
        var demoIds = DemoNewsroomScript.Claims.Select(c => c.ClaimId).ToList();
        if (await session.Query<Claim>().AnyAsync(c => !c.Id.IsOneOf(demoIds), cancellationToken))
        {
            logger.LogInformation("The database already holds a newsroom's claims; the demo newsroom is not loaded.");
            return;
        }

        // Loading takes a few seconds through the real decisions: say so, or the first start looks stuck.
        logger.LogInformation("Loading the demo newsroom...");
        var loaded = 0;
        foreach (var demo in DemoNewsroomScript.Claims)
        {
            // A start that stopped half-way resumes with the claims it had not loaded yet.
            if (await session.Events.FetchStreamStateAsync(demo.ClaimId, cancellationToken) is not null) continue;
            var version = await writer.RegisterAsync(demo.Register, demo.RegisteredBy, demo.RegisteredAt, cancellationToken);
            foreach (var step in demo.Steps)
                version = await writer.ExecuteAsync(demo.ClaimId, version, step.Command, step.By, step.At, cancellationToken);
            loaded++;
        }

        await using var write = store.LightweightSession();
        write.Store(new DemoNewsroomMarker { LoadedAt = clock.GetUtcNow(), Claims = DemoNewsroomScript.Claims.Count });
        await write.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Loaded the demo newsroom: {Count} claims.", loaded);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

public static class DemoNewsroomSetup
{
    public static IServiceCollection AddDemoNewsroom(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DemoNewsroomOptions>(configuration.GetSection(DemoNewsroomOptions.Section));
        services.AddHostedService<DemoNewsroomLoader>();
        // The demo's staff sign in with accounts the Accounts feature creates and lists; only with the demo newsroom on.
        if (configuration.GetSection(DemoNewsroomOptions.Section).GetValue(nameof(DemoNewsroomOptions.Enabled), true))
            services.AddSingleton<IStartingAccounts, DemoAccounts>();
        return services;
    }
}
