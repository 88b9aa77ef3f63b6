namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>
/// What readers will see differently, in plain words, between what they see now and what a publication would show,
/// and whether any of it is of substance (docs/domain.md, "Public changes"): a reworded statement or context, another
/// claimant, evidence corrected or withdrawn, an appearance removed or changed are; topics, language, evidence or
/// appearances added are not.
/// </summary>
public static class PublicChanges
{
    public static (IReadOnlyList<string> Changes, bool Substantive) Between(PublishedContent now, PublishedContent next)
    {
        var changes = new List<string>();
        var substantive = false;
        void Add(string words, bool ofSubstance) { changes.Add(words); substantive |= ofSubstance; }

        if (now.Statement != next.Statement) Add($"statement changed from “{now.Statement}” to “{next.Statement}”", true);
        if (now.IsVerbatimQuote != next.IsVerbatimQuote)
            Add(next.IsVerbatimQuote ? "the statement is now marked as a verbatim quote" : "the statement is no longer marked as a verbatim quote", true);
        if ((now.Context ?? "") != (next.Context ?? ""))
            Add(string.IsNullOrEmpty(next.Context) ? "context removed" : $"context changed to “{next.Context}”", true);
        if (now.Claimant != next.Claimant) Add($"claimant changed from {Describe(now.Claimant)} to {Describe(next.Claimant)}", true);
        foreach (var topic in next.Topics.Except(now.Topics)) Add($"topic added: {topic}", false);
        foreach (var topic in now.Topics.Except(next.Topics)) Add($"topic removed: {topic}", false);
        if (now.Language != next.Language) Add($"language changed from {now.Language} to {next.Language}", false);
        DescribeAppearances(now, next, Add);
        DescribeEvidence(now, next, Add);
        if (now.Verdict.VerdictId != next.Verdict.VerdictId || now.Verdict.Rating != next.Verdict.Rating)
            Add($"verdict revised to {next.Verdict.Rating}: {next.Verdict.Summary}", true);
        else if (now.Verdict.Summary != next.Verdict.Summary || now.Verdict.Reasoning != next.Verdict.Reasoning)
            Add("the verdict's words changed", true);
        return (changes, substantive);
    }

    private static string Describe(Claimant claimant) =>
        claimant.Affiliation is { Length: > 0 } affiliation ? $"{claimant.Name} ({affiliation})" : claimant.Name;

    private static void DescribeAppearances(PublishedContent now, PublishedContent next, Action<string, bool> add)
    {
        var before = now.Appearances.ToDictionary(a => a.Id);
        var after = next.Appearances.ToDictionary(a => a.Id);
        foreach (var added in next.Appearances.Where(a => !before.ContainsKey(a.Id)))
            add($"appearance added: {added.Outlet}, {added.AppearedOn:yyyy-MM-dd}", false);
        foreach (var removed in now.Appearances.Where(a => !after.ContainsKey(a.Id)))
            add($"appearance removed: {removed.Outlet}, {removed.AppearedOn:yyyy-MM-dd}", true);
        foreach (var (id, was) in before)
            if (after.TryGetValue(id, out var becomes) && (was with { IsFirst = false }) != (becomes with { IsFirst = false }))
                add($"appearance changed: {was.Outlet}, {was.AppearedOn:yyyy-MM-dd} is now {becomes.Outlet}, {becomes.AppearedOn:yyyy-MM-dd}", true);
    }

    private static void DescribeEvidence(PublishedContent now, PublishedContent next, Action<string, bool> add)
    {
        var before = now.Evidence.ToDictionary(e => e.Id);
        foreach (var item in next.Evidence)
        {
            if (!before.TryGetValue(item.Id, out var was))
            {
                if (item.Withdrawn is null) add($"evidence added: {item.Details.Title}", false);
                continue;
            }
            if (was.Withdrawn is null && item.Withdrawn is { } withdrawn)
                add($"evidence withdrawn: {item.Details.Title}, {withdrawn.Reason}", true);
            else if (was.Details != item.Details)
                add($"evidence corrected: {item.Details.Title}{(item.Corrected is { } corrected ? $", {corrected.Reason}" : "")}", true);
        }
    }
}
