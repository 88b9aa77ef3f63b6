using System.Text.Json;

namespace ClaimTrack.Web.Features.Claims.Writing;

/// <summary>
/// A desk action that reached the database, written in the same transaction as its events and keyed by the action's
/// key. When the commit went through but its answer was lost (the database stopped at that moment), the editor's
/// retry finds this and is told "already saved" instead of appending the same change again.
/// </summary>
public sealed record SavedAction(Guid Id, Guid ClaimId, string Command, long Version, string By, DateTimeOffset At);

/// <summary>What the writer answers when it was given an action key.</summary>
public sealed record SaveReceipt(long Version, bool AlreadySaved);

/// <summary>The idempotency rule, without I/O.</summary>
public static class ActionKeys
{
    /// <summary>
    /// The key of one action: the attempt (a Guid a page makes when the form opens and renews after each success),
    /// the claim, and the command as typed. A retry of the same text is the same action; text changed after a
    /// "not saved" is a new one, checked against the claim's version like any other save, so an earlier attempt that
    /// did commit shows up as a conflict naming it rather than vanishing under "already saved".
    /// </summary>
    public static Guid For(Guid attempt, Guid claimId, object command) =>
        StableGuid.From($"{attempt:N}/{claimId:N}/{command.GetType().FullName}/{JsonSerializer.Serialize(command, command.GetType())}");

    /// <summary>
    /// Whether to run the action: null to run it, or the receipt of the run that already committed under this key.
    /// A record for another claim is not this action (a key can only collide by misuse), so the save goes ahead and
    /// the database's unique key refuses it.
    /// </summary>
    public static SaveReceipt? AlreadyDone(SavedAction? recorded, Guid claimId) =>
        recorded is not null && recorded.ClaimId == claimId ? new SaveReceipt(recorded.Version, AlreadySaved: true) : null;
}
