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

        if (now.Statement != next.Statement) Add(Line("StatementChanged", now.Statement, next.Statement), true);
        if (now.IsVerbatimQuote != next.IsVerbatimQuote)
            Add(Line(next.IsVerbatimQuote ? "NowVerbatim" : "NoLongerVerbatim"), true);
        if ((now.Context ?? "") != (next.Context ?? ""))
            Add(string.IsNullOrEmpty(next.Context) ? Line("ContextRemoved") : Line("ContextChanged", next.Context), true);
        if (now.Claimant != next.Claimant) Add(Line("ClaimantChanged", Describe(now.Claimant), Describe(next.Claimant)), true);
        foreach (var topic in next.Topics.Except(now.Topics)) Add(Line("TopicAdded", topic), false);
        foreach (var topic in now.Topics.Except(next.Topics)) Add(Line("TopicRemoved", topic), false);
        if (now.Language != next.Language) Add(Line("LanguageChanged", now.Language, next.Language), false);
        DescribeAppearances(now, next, Add);
        DescribeEvidence(now, next, Add);
        if (now.Verdict.VerdictId != next.Verdict.VerdictId || now.Verdict.Rating != next.Verdict.Rating)
            Add(Line("VerdictRevised", next.Verdict.Rating, next.Verdict.Summary), true);
        else if (now.Verdict.Summary != next.Verdict.Summary || now.Verdict.Reasoning != next.Verdict.Reasoning)
            Add(Line("VerdictWordsChanged"), true);
        return (changes, substantive);
    }

    private static string Line(string name, params object[] values) => PublicChangePatterns.Line(name, values);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static string Describe(Claimant claimant) =>
        claimant.Affiliation is { Length: > 0 } affiliation ? $"{claimant.Name} ({affiliation})" : claimant.Name;

    private static void DescribeAppearances(PublishedContent now, PublishedContent next, Action<string, bool> add)
    {
        var before = now.Appearances.ToDictionary(a => a.Id);
        var after = next.Appearances.ToDictionary(a => a.Id);
        foreach (var added in next.Appearances.Where(a => !before.ContainsKey(a.Id)))
            add(Line("AppearanceAdded", added.Outlet, Day(added.AppearedOn)), false);
        foreach (var removed in now.Appearances.Where(a => !after.ContainsKey(a.Id)))
            add(Line("AppearanceRemoved", removed.Outlet, Day(removed.AppearedOn)), true);
        foreach (var (id, was) in before)
            if (after.TryGetValue(id, out var becomes) && (was with { IsFirst = false }) != (becomes with { IsFirst = false }))
                add(Line("AppearanceChanged", was.Outlet, Day(was.AppearedOn), becomes.Outlet, Day(becomes.AppearedOn)), true);
    }

    private static void DescribeEvidence(PublishedContent now, PublishedContent next, Action<string, bool> add)
    {
        var before = now.Evidence.ToDictionary(e => e.Id);
        foreach (var item in next.Evidence)
        {
            if (!before.TryGetValue(item.Id, out var was))
            {
                if (item.Withdrawn is null) add(Line("EvidenceAdded", item.Details.Title), false);
                continue;
            }
            if (was.Withdrawn is null && item.Withdrawn is { } withdrawn)
                add(Line("EvidenceWithdrawn", item.Details.Title, withdrawn.Reason), true);
            else if (was.Details != item.Details)
                add(Line("EvidenceCorrected", item.Details.Title + (item.Corrected is { } corrected ? $", {corrected.Reason}" : "")), true);
        }
    }
}
