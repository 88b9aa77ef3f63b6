using System.Text.RegularExpressions;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>The field rules a claim's registration and its later edits share.</summary>
internal static partial class ClaimFields
{
    public static void CheckText(InputCheck check, string statement, string? context, string language) => check
        .Required("Statement", statement, InputLimits.Statement, "The statement")
        .Optional("Context", context, InputLimits.Context, "The context")
        .That(LanguageTag().IsMatch(language ?? ""), "Language", "The language must be a language tag such as en, es or pt-BR.");

    /// <summary>
    /// A claim is written in one of the newsroom's languages: readers filter by them and search reads each with its own
    /// dictionary. <paramref name="kept"/> is the language the claim already has: a claim stored before the list was
    /// narrowed keeps its tag through an edit that leaves it alone.
    /// </summary>
    public static void CheckLanguage(InputCheck check, string language, IReadOnlyList<string> configured, string? kept = null)
    {
        var tag = (language ?? "").Trim();
        if (!LanguageTag().IsMatch(tag) || tag == kept) return;
        check.That(configured.Contains(NewsroomLanguages.Normal(tag)), "Language",
            $"The newsroom publishes in {string.Join(", ", configured.Select(l => $"{NewsroomLanguages.NativeName(l)} ({l})"))}: choose one of them.", FieldRule.LanguageNotOffered);
    }

    public static void CheckClaimant(InputCheck check, string name, string? affiliation) => check
        .Required("ClaimantName", name, InputLimits.Name, "The claimant's name")
        .SingleLine("ClaimantName", name, "The claimant's name")
        .Optional("ClaimantAffiliation", affiliation, InputLimits.Name, "The claimant's role or affiliation");

    // The date is required: a silent "today" would make a later repeat look like the first time the claim was made.
    public static void CheckAppearance(InputCheck check, string outlet, string? url, DateOnly? appearedOn, DateTimeOffset now) => check
        .Required("Outlet", outlet, InputLimits.Name, "The outlet")
        .That(appearedOn is not null, "AppearedOn", "The date the claim appeared is required: type it or pick it.", FieldRule.DateMissing)
        .SingleLine("Outlet", outlet, "The outlet")
        .WebAddress("AppearanceUrl", url, "The appearance's web address")
        .NotInFuture("AppearedOn", appearedOn, now, "The date the claim appeared");

    /// <summary>Trims and de-duplicates topics by slug, so "Elections" and "elections " are one topic.</summary>
    public static IReadOnlyList<string> CheckTopics(InputCheck check, IReadOnlyList<string>? topics)
    {
        var cleaned = (topics ?? []).Select(t => WhiteSpace().Replace(t ?? "", " ").Trim()).Where(t => t.Length > 0)
            .DistinctBy(t => Slugs.From(t)).ToList();
        check.That(cleaned.Count <= InputLimits.Topics, "Topics", $"At most {InputLimits.Topics} topics.", FieldRule.TooManyTopics, InputLimits.Topics);
        foreach (var topic in cleaned) check.Optional("Topics", topic, InputLimits.Topic, $"The topic \"{Shorten(topic)}\"");
        return cleaned;
    }

    public static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
