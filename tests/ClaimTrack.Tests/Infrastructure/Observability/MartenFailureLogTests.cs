using System.Collections.Concurrent;
using ClaimTrack.Web.Infrastructure.Observability;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace ClaimTrack.Tests.Infrastructure.Observability;

/// <summary>A failed command is logged with its SQL and error, never with the values it carried.</summary>
public sealed class MartenFailureLogTests
{
    private const string Sql = "select mt_upsert_readerrequest($1, $2)";
    private const string Email = "reader@example.org";

    [Fact]
    public void A_failed_command_is_logged_with_its_sql_and_not_its_values()
    {
        var (log, lines) = Log();
        using var command = new NpgsqlCommand(Sql) { Parameters = { new() { Value = $"{{\"Email\":\"{Email}\"}}" }, new() { Value = Email } } };

        log.LogFailure(command, new InvalidOperationException("duplicate key"));

        lines.ShouldHaveSingleItem().ShouldSatisfyAllConditions(l => l.ShouldContain(Sql), l => l.ShouldContain("duplicate key"), l => l.ShouldNotContain(Email));
    }

    [Fact]
    public void A_failed_batch_is_logged_with_each_commands_sql_and_not_its_values()
    {
        var (log, lines) = Log();
        using var batch = new NpgsqlBatch();
        batch.BatchCommands.Add(new NpgsqlBatchCommand(Sql) { Parameters = { new() { Value = Email } } });
        batch.BatchCommands.Add(new NpgsqlBatchCommand("select 2") { Parameters = { new() { Value = Email } } });

        log.LogFailure(batch, new InvalidOperationException("duplicate key"));

        lines.ShouldHaveSingleItem().ShouldSatisfyAllConditions(l => l.ShouldContain(Sql), l => l.ShouldContain("select 2"), l => l.ShouldNotContain(Email));
    }

    private static (MartenFailureLog Log, ConcurrentQueue<string> Lines) Log()
    {
        var lines = new ConcurrentQueue<string>();
        var factory = LoggerFactory.Create(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(new Lines(lines)));
        return (new MartenFailureLog(factory), lines);
    }

    private sealed class Lines(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        public ILogger CreateLogger(string categoryName) => this;
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;
        public bool IsEnabled(LogLevel logLevel) => true;
        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{formatter(state, exception)} {exception?.Message}");
        public void Dispose() { }
    }
}
