using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Editing;

/// <summary>
/// What an edit changed, in the history's words: each field by name, text with its before and after
/// ("edited the context: «Said at a rally.» → «Said on the radio.»"). A context-only edit says so, not "the statement".
/// Phrases, not text: a desk in another language words each piece (<see cref="Phrases"/>).
/// </summary>
public static class ClaimEditWords
{
    // Long enough to see what changed in most edits, short enough that a history line stays one line on a wide screen.
    private const int Shown = 160;

    public static FormattableString TextEdited(ClaimTextEdited e)
    {
        // Stored before events carried their previous text: the desk's history fills it in from the stream.
        if (e.Previous is not { } was) return $"edited the claim's text";
        var changes = new List<(FormattableString, FormattableString)>();
        if (was.Statement != e.Statement) changes.Add(($"statement", Quoted(was.Statement, e.Statement)));
        if (was.IsVerbatimQuote != e.IsVerbatimQuote) changes.Add(($"verbatim flag", $"{OnOff(was.IsVerbatimQuote)} → {OnOff(e.IsVerbatimQuote)}"));
        if (was.Context != e.Context) changes.Add(($"context", Quoted(was.Context, e.Context)));
        if (was.Language != e.Language) changes.Add(($"language", $"{was.Language} → {e.Language}"));
        return Edited(changes) ?? $"edited the claim's text";
    }

    public static FormattableString ClaimantChanged(ClaimantChanged e)
    {
        var (was, now) = (e.Previous, e.Claimant);
        var changes = new List<(FormattableString, FormattableString)>();
        if (was.Name != now.Name) changes.Add(($"claimant", Quoted(was.Name, now.Name)));
        if (was.Kind != now.Kind) changes.Add(($"claimant's kind", $"{Kind(was.Kind)} → {Kind(now.Kind)}"));
        if (was.Affiliation != now.Affiliation) changes.Add(($"claimant's affiliation", Quoted(was.Affiliation, now.Affiliation)));
        return changes.Count switch
        {
            0 => $"changed the claimant to {now.Name}",
            1 => $"changed the {changes[0].Item1}: {changes[0].Item2}",
            _ => $"changed the {Phrases.Names(Fields(changes))} ({Details(changes)})",
        };
    }

    public static FormattableString Retagged(ClaimRetagged e)
    {
        var parts = new List<FormattableString>();
        if (e.Added.Count > 0) parts.Add($"added {Topics(e.Added)}");
        if (e.Removed.Count > 0) parts.Add($"removed {Topics(e.Removed)}");
        return parts.Count == 0 ? (FormattableString)$"changed the topics" : $"changed the topics: {Phrases.Join("; ", parts)}";
    }

    /// <summary>"edited the context: «a» → «b»", or with several fields "edited the statement and the context
    /// (statement: «a» → «b»; context: «c» → «d»)"; null when nothing changed.</summary>
    private static FormattableString? Edited(List<(FormattableString Field, FormattableString Detail)> changes) => changes.Count switch
    {
        0 => null,
        1 => $"edited the {changes[0].Field}: {changes[0].Detail}",
        _ => $"edited the {Phrases.Names(Fields(changes))} ({Details(changes)})",
    };

    private static FormattableString[] Fields(IReadOnlyList<(FormattableString Field, FormattableString Detail)> changes) =>
        [.. changes.Select(c => c.Field)];

    private static FormattableString Details(IReadOnlyList<(FormattableString Field, FormattableString Detail)> changes) =>
        Phrases.Join("; ", [.. changes.Select(c => (FormattableString)$"{c.Field}: {c.Detail}")]);

    private static FormattableString Topics(IReadOnlyList<string> topics) =>
        Phrases.Join(", ", [.. topics.Select(t => (FormattableString)$"«{t}»")]);

    private static FormattableString Quoted(string? before, string? after) => $"«{Short(before)}» → «{Short(after)}»";

    private static string Short(string? text) => text is null ? "" : text.Length <= Shown ? text : text[..(Shown - 1)] + "…";

    private static FormattableString OnOff(bool on) => on ? (FormattableString)$"on" : $"off";

    private static FormattableString Kind(ClaimantKind kind) => kind == ClaimantKind.Person ? (FormattableString)$"person" : $"organisation";
}
