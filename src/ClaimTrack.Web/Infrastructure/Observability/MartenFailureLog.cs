using Marten;
using Marten.Services;
using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Observability;

/// <summary>
/// Marten's own logger writes every failed command with its parameter values: the JSON of the documents and events it
/// was saving, which hold reader emails and desk accounts. Logs are shipped, rotated and backed up beyond the reach of
/// an erasure, so here a failure is logged with its SQL and its error only, under the same "Marten" category.
/// </summary>
public sealed class MartenFailureLog(ILoggerFactory loggers) : IMartenLogger, IMartenSessionLogger, IConfigureMarten
{
    private readonly ILogger _log = loggers.CreateLogger("Marten");

    public void Configure(IServiceProvider services, StoreOptions options) => options.Logger(this);

    public IMartenSessionLogger StartSession(IQuerySession session) => this;

    public void SchemaChange(string sql) => _log.LogInformation("Executed schema update SQL:\n{SQL}", sql);

    public void LogFailure(NpgsqlCommand command, Exception ex) =>
        _log.LogError(ex, "Marten encountered an exception executing\n{SQL}\n(parameter values are not logged)", command.CommandText);

    public void LogFailure(NpgsqlBatch batch, Exception ex) =>
        _log.LogError(ex, "Marten encountered an exception executing\n{SQL}\n(parameter values are not logged)",
            string.Join("\n", batch.BatchCommands.OfType<NpgsqlBatchCommand>().Select(c => c.CommandText)));

    public void LogFailure(Exception ex, string message) => _log.LogError(ex, "{Message}", message);

    public void LogSuccess(NpgsqlCommand command) { }
    public void LogSuccess(NpgsqlBatch batch) { }
    public void RecordSavedChanges(IDocumentSession session, IChangeSet commit) { }
    public void OnBeforeExecute(NpgsqlCommand command) { }
    public void OnBeforeExecute(NpgsqlBatch batch) { }
}
