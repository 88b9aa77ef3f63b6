using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Intake;
using ClaimTrack.Web.Infrastructure;
using ClaimTrack.Web.Infrastructure.Maintenance;
using ClaimTrack.Web.Infrastructure.Nodes;
using ClaimTrack.Web.Infrastructure.Postgres;
using ClaimTrack.Web.Infrastructure.Search;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ClaimTrack.Bench;

/// <summary>
/// The benchmark suite's own host (deploy/bench/run.sh drives it): the store the app opens, with the same settings
/// (ClaimTrack:Postgres:*, ConnectionStrings:ClaimTrack), and nothing of the web app. Nothing here is started as a
/// service: no daemon, no demo newsroom, no accounts. A named class, not top-level statements: the bench tests load it
/// beside the app, whose Program class is public.
/// </summary>
public static class BenchProgram
{
    public static async Task<int> Main(string[] args)
    {
        if (BenchArguments.Parse(args) is not { } task)
        {
            await Console.Error.WriteLineAsync(BenchArguments.Usage);
            return 2;
        }

        // The task's words are not configuration; the settings come from appsettings.json beside the tool and the environment.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        try
        {
            await builder.AddClaimTrackStoreAsync();
            builder.Services.AddClaims(builder.Configuration);
            // Never started, only disposed (asynchronously: it has no Dispose); the cluster is stopped below.
            await using var services = (ServiceProvider)builder.Build().Services;
            var store = services.GetRequiredService<IDocumentStore>();
            if (task.Command == "seed") return await BenchSeeder.RunAsync(store, task.Count, Console.Out) ? 0 : 1;
            // A data set loaded by an older version gets the schema the app's start-up would give it, search tables filled.
            await SchemaUpgrade.ApplyAsync(store, services.GetRequiredService<DedicatedConnections>(), services.GetRequiredService<ILoggerFactory>().CreateLogger("ClaimTrack.Bench"), default);
            await SearchTermsFill.FillAsync(store, services.GetRequiredService<ILoggerFactory>().CreateLogger("ClaimTrack.Bench"), default);
            await ClaimColumnsFill.FillAsync(store, services.GetRequiredService<ILoggerFactory>().CreateLogger("ClaimTrack.Bench"), default);
            if (task.Command == "proposals")
            {
                await BenchProposals.RunAsync(services.GetRequiredService<ClaimWriter>(), Console.Out, task.Count);
                return 0;
            }
            if (task.Command == "similar-claims")
            {
                await SimilarClaimsBench.RunAsync(store, new SimilarClaims(store), Console.Out, task.Count);
                return 0;
            }
            // As the app runs it: each node keeps which searches are common (SearchVerdicts).
            using var verdicts = new SearchVerdicts();
            await DeskGridBench.RunAsync(new DeskQueries(store, verdicts: verdicts), Console.Out, task.Count);
            return 0;
        }
        catch (EmbeddedPostgresException problem)
        {
            await Console.Error.WriteLineAsync($"The benchmark host could not start: {problem.Message}");
            return 1;
        }
        finally
        {
            // The service provider does not dispose a cluster it was handed ready-made, and no host was started to stop it:
            // without this the bench left its cluster running after every run, holding the data folder and the port.
            if (((IHostApplicationBuilder)builder).Properties.TryGetValue(typeof(EmbeddedPostgres), out var cluster) && cluster is EmbeddedPostgres running)
                await running.StopAsync();
        }
    }
}
