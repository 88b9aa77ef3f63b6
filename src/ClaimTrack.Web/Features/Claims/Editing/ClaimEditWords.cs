namespace ClaimTrack.Web.Features.Claims.Editing;

/// <summary>
/// What an edit changed, in the history's words: each field by name, text with its before and after
/// ("edited the context: «Said at a rally.» → «Said on the radio.»"). A context-only edit says so, not "the statement".
/// </summary>
public static class ClaimEditWords
{
    // Long enough to see what changed in most edits, short enough that a history line stays one line on a wide screen.
    private const int Shown = 160;

    public static string TextEdited(ClaimTextEdited e)
    {
        // Stored before events carried their previous text: the desk's history fills it in from the stream.
        if (e.Previous is not { } was) return "edited the claim's text";
        var changes = new List<(string, string)>();
        if (was.Statement != e.Statement) changes.Add(("statement", Quoted(was.Statement, e.Statement)));
        if (was.IsVerbatimQuote != e.IsVerbatimQuote) changes.Add(("verbatim flag", $"{OnOff(was.IsVerbatimQuote)} → {OnOff(e.IsVerbatimQuote)}"));
        if (was.Context != e.Context) changes.Add(("context", Quoted(was.Context, e.Context)));
        if (was.Language != e.Language) changes.Add(("language", $"{was.Language} → {e.Language}"));
        return Sentence("edited", changes) ?? "edited the claim's text";
    }

    public static string ClaimantChanged(ClaimantChanged e)
    {
        var (was, now) = (e.Previous, e.Claimant);
        var changes = new List<(string, string)>();
        if (was.Name != now.Name) changes.Add(("claimant", Quoted(was.Name, now.Name)));
        if (was.Kind != now.Kind) changes.Add(("claimant's kind", $"{Kind(was.Kind)} → {Kind(now.Kind)}"));
        if (was.Affiliation != now.Affiliation) changes.Add(("claimant's affiliation", Quoted(was.Affiliation, now.Affiliation)));
        return Sentence("changed", changes) ?? $"changed the claimant to {now.Name}";
    }

    public static string Retagged(ClaimRetagged e)
    {
        var parts = new List<string>();
        if (e.Added.Count > 0) parts.Add("added " + string.Join(", ", e.Added.Select(t => $"«{t}»")));
        if (e.Removed.Count > 0) parts.Add("removed " + string.Join(", ", e.Removed.Select(t => $"«{t}»")));
        return parts.Count == 0 ? "changed the topics" : "changed the topics: " + string.Join("; ", parts);
    }

    /// <summary>"edited the context: «a» → «b»", or with several fields "edited the statement and the context
    /// (statement: «a» → «b»; context: «c» → «d»)"; null when nothing changed.</summary>
    public static string? Sentence(string verb, IReadOnlyList<(string Field, string Detail)> changes) => changes.Count switch
    {
        0 => null,
        1 => $"{verb} the {changes[0].Field}: {changes[0].Detail}",
        _ => $"{verb} the {Names(changes.Select(c => c.Field).ToList())} ({string.Join("; ", changes.Select(c => $"{c.Field}: {c.Detail}"))})",
    };

    /// <summary>"title", "title and URL", "title, URL and excerpt".</summary>
    public static string Names(IReadOnlyList<string> names) =>
        names.Count <= 1 ? string.Concat(names) : $"{string.Join(", ", names.Take(names.Count - 1))} and {names[^1]}";

    private static string Quoted(string? before, string? after) => $"«{Short(before)}» → «{Short(after)}»";

    private static string Short(string? text) => text is null ? "" : text.Length <= Shown ? text : text[..(Shown - 1)] + "…";

    private static string OnOff(bool on) => on ? "on" : "off";

    private static string Kind(ClaimantKind kind) => kind == ClaimantKind.Person ? "person" : "organisation";
}
