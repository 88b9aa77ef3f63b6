using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>
/// Tells a database that is not answering (stopped, restarting, unreachable, too busy) from a fault in the code.
/// The first is worth a retry and a plain message; the second must still reach the error UI.
/// </summary>
public static class DatabaseTrouble
{
    /// <summary>
    /// True when the failure, or one it wraps, is one Npgsql calls transient (no connection, a broken socket, a
    /// server shutting down or starting up, a timeout). Marten and Identity wrap what Npgsql throws, so the cause may
    /// sit a few exceptions deep; a bad statement or a constraint is not transient and stays a fault.
    /// </summary>
    public static bool IsTransient(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException or NpgsqlException { IsTransient: true }) return true;
            if (e is AggregateException { InnerExceptions.Count: > 1 } many) return many.InnerExceptions.Any(IsTransient);
        }
        return false;
    }
}
