using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using Npgsql;

namespace ClaimTrack.Web.Features.Desk;

public enum DeskOutcomeKind { Saved, Invalid, Refused, Conflict, Unavailable }

/// <summary>
/// How a desk action ended, in the few kinds a page shows: saved; invalid (field errors); refused (a broken rule, a
/// missing role, a claim that is gone); a conflict with a newer change; the database not answering. One mapping,
/// so every page tells the editor the same thing for the same trouble.
/// </summary>
public sealed record DeskOutcome(DeskOutcomeKind Kind, string Message)
{
    public const string NotAnswering = "Not saved: the database is not answering; your text is kept. Try again.";

    public static readonly DeskOutcome Saved = new(DeskOutcomeKind.Saved, "");

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    public ClaimEditConflict? Conflict { get; init; }

    public bool IsSaved => Kind == DeskOutcomeKind.Saved;

    public static async Task<DeskOutcome> Of(Func<Task> action)
    {
        try
        {
            await action();
            return Saved;
        }
        catch (Exception e) when (From(e) is { } outcome)
        {
            return outcome;
        }
    }

    /// <summary>The outcome an exception stands for, or null for a fault in the code: that one still reaches the error UI.</summary>
    public static DeskOutcome? From(Exception e) => e switch
    {
        ClaimInputInvalid invalid => new(DeskOutcomeKind.Invalid, invalid.Message) { Errors = invalid.Errors },
        ClaimEditConflict conflict => new(DeskOutcomeKind.Conflict, conflict.Message) { Conflict = conflict },
        RatingScaleConflict => new(DeskOutcomeKind.Conflict, e.Message),
        ClaimRuleBroken or DeskActionForbidden or ClaimNotFound => new(DeskOutcomeKind.Refused, e.Message),
        _ when IsUnanswered(e) => new(DeskOutcomeKind.Unavailable, NotAnswering),
        _ => null,
    };

    // Marten wraps what Npgsql throws, so the cause may sit a few exceptions deep. Npgsql marks as transient the
    // failures a retry can cure (no connection, a broken socket, a server shutting down); a bad statement is not one.
    private static bool IsUnanswered(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
            if (e is TimeoutException or NpgsqlException { IsTransient: true }) return true;
        return false;
    }
}
