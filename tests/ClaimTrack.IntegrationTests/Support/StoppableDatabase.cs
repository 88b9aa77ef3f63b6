using ClaimTrack.Web.Infrastructure.Postgres;
using Marten;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// The app over a PostgreSQL cluster of its own, which a test may stop and start: the shared cluster other classes
/// use must never go down under them.
/// </summary>
public sealed class StoppableDatabase : IAsyncLifetime
{
    private readonly string _folder = TestFolders.Create("claimtrack-blip");
    private EmbeddedPostgresOptions _options = null!;
    private EmbeddedPostgres? _cluster;

    public ClaimTrackApp App { get; private set; } = null!;

    /// <summary>Stops the cluster inside the next commit, after the action has read and decided: a failure mid-action.</summary>
    public StopBeforeCommit Interrupt { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _options = new() { DataFolder = Path.Combine(_folder, "data"), Port = PortCheck.Free(), Database = "blip", Throwaway = true };
        _cluster = await EmbeddedPostgres.StartAsync(_options, NullLogger.Instance);
        Interrupt.Stop = StopAsync;
        App = new ClaimTrackApp(_cluster.ConnectionString, settings: new Dictionary<string, string>
        {
            // Long enough that a slow start of the cluster on a busy machine stays inside the read's window.
            ["ClaimTrack:Database:ReadRetrySeconds"] = "60",
        })
        {
            ExtraServices = services => services.ConfigureMarten(opts => opts.Listeners.Add(Interrupt)),
        };
        _ = App.Services;
    }

    public async Task StopAsync()
    {
        if (_cluster is not null) await _cluster.StopAsync();
        _cluster = null;
    }

    public async Task StartAsync() => _cluster ??= await EmbeddedPostgres.StartAsync(_options, NullLogger.Instance);

    public async ValueTask DisposeAsync()
    {
        if (App is not null) await App.DisposeAsync();
        await StopAsync();
        TestFolders.Delete(_folder);
    }
}

/// <summary>A Marten listener that, when armed, stops the database just before a session commits.</summary>
public sealed class StopBeforeCommit : DocumentSessionListenerBase
{
    private int _armed;

    public Func<Task> Stop { get; set; } = () => Task.CompletedTask;

    public void Arm() => Interlocked.Exchange(ref _armed, 1);

    public override async Task BeforeSaveChangesAsync(IDocumentSession session, CancellationToken token)
    {
        if (Interlocked.Exchange(ref _armed, 0) == 1) await Stop();
    }
}
