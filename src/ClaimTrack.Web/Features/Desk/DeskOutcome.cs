using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Features.Webhooks;
using ClaimTrack.Web.Infrastructure.Postgres;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.Desk;

public enum DeskOutcomeKind { Saved, Invalid, Refused, Conflict, Unavailable }

/// <summary>
/// How a desk action ended, in the few kinds a page shows: saved (or already saved by an earlier try); invalid (field
/// errors); refused (a broken rule, a missing role, a claim that is gone); a conflict with a newer change; the
/// database not answering. One mapping, so every page tells the editor the same thing for the same trouble, and no
/// database failure ends a page's circuit.
/// </summary>
public sealed record DeskOutcome(DeskOutcomeKind Kind, string Message)
{
    public const string NotAnswering = "Not saved: the database is not answering. Your text is kept; try again.";
    public const string NotAnsweringToRead = "The database is not answering: the page shows what it had. Your text is kept; try again.";
    public const string EarlierTryWasSaved = "Already saved: your earlier try reached the database before its answer was lost.";

    public static readonly DeskOutcome Saved = new(DeskOutcomeKind.Saved, "");
    public static readonly DeskOutcome AlreadySaved = new(DeskOutcomeKind.Saved, EarlierTryWasSaved);
    public static readonly DeskOutcome Unavailable = new(DeskOutcomeKind.Unavailable, NotAnswering);

    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>The same problems by rule, for <see cref="ErrorsIn"/>.</summary>
    public IReadOnlyDictionary<string, FieldRule[]> Rules { get; init; } = new Dictionary<string, FieldRule[]>();

    public ClaimEditConflict? Conflict { get; init; }

    /// <summary>A refusal's sentence with its code and values, for <c>DeskOutcomeWords.In</c>.</summary>
    public CodedSentence? Said { get; init; }

    /// <summary>
    /// The field problems in the page's language: a named rule reads its <c>Field_{Rule}</c> wording, which only the
    /// other languages' files have (the English is the decision's own sentence, with its label); anything else, the
    /// English sentence as a key, so a sentence someone translated shows translated and the rest stay as written.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> ErrorsIn(IStringLocalizer words) => Rules.Count == 0 ? Errors
        : Rules.ToDictionary(r => r.Key, r => r.Value.Select(rule => Worded(words, rule)).ToArray());

    private static string Worded(IStringLocalizer words, FieldRule rule)
    {
        if (rule.Rule != FieldRule.Unnamed && words["Field_" + rule.Rule, rule.Values] is { ResourceNotFound: false } named) return named;
        return words[rule.Message] is { ResourceNotFound: false } found ? found : rule.Message;
    }

    public bool IsSaved => Kind == DeskOutcomeKind.Saved;

    /// <summary>What a page says when the action was saved.</summary>
    public string SavedWords => Message.Length > 0 ? Message : "Saved.";

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

    /// <summary>An action through the claim writer, which says when an earlier try with the same key already saved it.</summary>
    public static async Task<DeskOutcome> Of(Func<Task<SaveReceipt>> action)
    {
        SaveReceipt? receipt = null;
        var outcome = await Of(async () => { receipt = await action(); }); // a block: an expression body would pick this overload again
        return outcome.IsSaved && receipt is { AlreadySaved: true } ? AlreadySaved : outcome;
    }

    /// <summary>The outcome an exception stands for, or null for a fault in the code: that one still reaches the error UI.</summary>
    public static DeskOutcome? From(Exception e) => e switch
    {
        ClaimInputInvalid invalid => new(DeskOutcomeKind.Invalid, invalid.Message) { Errors = invalid.Errors, Rules = invalid.Rules },
        ClaimEditConflict conflict => new(DeskOutcomeKind.Conflict, conflict.Message) { Conflict = conflict },
        RatingScaleConflict => new(DeskOutcomeKind.Conflict, e.Message),
        ClaimRuleBroken broken => new(DeskOutcomeKind.Refused, e.Message) { Said = broken.Sentence },
        DeskActionForbidden forbidden => new(DeskOutcomeKind.Refused, e.Message) { Said = forbidden.Sentence },
        ClaimNotFound gone => new(DeskOutcomeKind.Refused, e.Message) { Said = new("ClaimNotFound", e.Message, [gone.ClaimId]) },
        WebhookRefused => new(DeskOutcomeKind.Refused, e.Message),
        _ when DatabaseTrouble.IsTransient(e) => Unavailable,
        _ => null,
    };

    /// <summary>
    /// A read a page makes after an action (the reload after a save): false when the database did not answer, so the
    /// page keeps what it shows instead of failing. Reads already retry for a few seconds (ReadRetry) before this.
    /// </summary>
    public static async Task<bool> TryRead(Func<Task> read)
    {
        try
        {
            await read();
            return true;
        }
        catch (Exception e) when (DatabaseTrouble.IsTransient(e))
        {
            return false;
        }
    }
}
