using System.Globalization;

namespace ClaimTrack.Web.Features.Public.OpenData;

/// <summary>
/// claims.csv: one row per step of each claim's public timeline (a claim revised twice has three rows), the claim's
/// columns repeated on each, as tidy data tools expect; entry_is_latest picks one row per claim. RFC 4180 quoting, CRLF
/// line ends, UTF-8 without a byte order mark.
/// </summary>
public static class CsvExport
{
    public sealed record Column(string Name, string Meaning, Func<ClaimRecord, EntryRecord?, string?> Value);

    public static readonly IReadOnlyList<Column> Columns =
    [
        new("claim_id", "The claim's id, the same in every file, the feed and the claim page's address.", (c, _) => c.ClaimId.ToString()),
        new("claim_text", "What was claimed, as we recorded it.", (c, _) => c.ClaimText),
        new("claim_author", "Who made the claim (ClaimReview itemReviewed.author).", (c, _) => c.ClaimAuthor),
        new("claimant_kind", "person or organisation.", (c, _) => c.ClaimantKind),
        new("claimant_affiliation", "The claimant's role or affiliation, when known.", (c, _) => c.ClaimantAffiliation),
        new("claim_date", "When the claim first appeared (yyyy-mm-dd).", (c, _) => c.ClaimDate),
        new("claim_url", "Where it first appeared, when there is an address.", (c, _) => c.ClaimUrl),
        new("appeared_in", "Every outlet where it appeared, separated by \" | \", the first appearance marked (first).",
            (c, _) => string.Join(" | ", c.AppearedIn.Select(a => a.First ? $"{a.Outlet} (first)" : a.Outlet))),
        new("review_date", "When we first published the fact check (UTC, ISO 8601).", (c, _) => c.ReviewDate),
        new("review_modified", "When we last changed it (UTC, ISO 8601).", (c, _) => c.ReviewModified),
        new("rating", "Our current rating, as readers see it (ClaimReview reviewRating.alternateName).", (c, _) => c.Rating),
        new("rating_value", "The rating's number on our scale (ClaimReview ratingValue).", (c, _) => Number(c.RatingValue)),
        new("worst_rating", "The lowest number on our scale.", (c, _) => Number(c.WorstRating)),
        new("best_rating", "The highest number on our scale.", (c, _) => Number(c.BestRating)),
        new("review_url", "The fact check's page.", (c, _) => c.ReviewUrl),
        new("reviewer", "The newsroom that checked the claim.", (c, _) => c.Reviewer),
        new("verdict_summary", "Our verdict in a sentence.", (c, _) => c.VerdictSummary),
        new("topics", "The claim's topics, separated by \" | \".", (c, _) => string.Join(" | ", c.Topics)),
        new("language", "The claim's language (BCP 47, such as en).", (c, _) => c.Language),
        new("entry_number", "This row's step in the claim's timeline, from 1.", (_, e) => Number(e?.Number)),
        new("entry_kind", "verdict, revision, correction or update.", (_, e) => e?.Kind),
        new("entry_date", "When this step was published (UTC, ISO 8601).", (_, e) => e?.Date),
        new("entry_rating", "The rating this step gave (verdicts and revisions).", (_, e) => e?.Rating),
        new("entry_summary", "The step's summary, or the changes an update made.", (_, e) => e?.Summary),
        new("entry_reason", "Why the step was taken (revisions, corrections, updates).", (_, e) => e?.Reason),
        new("entry_by", "The editor who approved the step.", (_, e) => e?.By),
        new("entry_unreviewed", "true when no second editor reviewed the step.", (_, e) => e is null ? null : Flag(e.Unreviewed)),
        new("entry_is_latest", "true on the claim's newest step: keep these rows for one row per claim.",
            (c, e) => Flag(e is null || e.Number == c.Timeline.Count)),
        // Last, so that readers of the earlier columns by position are not moved. The words are in claims.jsonl.
        new("translated_into", "The languages the fact check is also published in, separated by \" | \" (their text: claims.jsonl, translations).",
            (c, _) => string.Join(" | ", c.Translations.Select(t => t.Language))),
    ];

    public static string Header => string.Join(',', Columns.Select(c => c.Name)) + "\r\n";

    /// <summary>The claim's rows, each ending in CRLF; a claim with no timeline still gets one row.</summary>
    public static IEnumerable<string> Rows(ClaimRecord claim)
    {
        var entries = claim.Timeline.Count == 0 ? [null] : claim.Timeline.Select(e => (EntryRecord?)e);
        foreach (var entry in entries)
            yield return string.Join(',', Columns.Select(c => Cell(c.Value(claim, entry)))) + "\r\n";
    }

    /// <summary>
    /// One field, quoted when it holds a comma, quote or line break (RFC 4180). A text that a spreadsheet would run as
    /// a formula (it starts with = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP advises: a
    /// claim's text is written by whoever the newsroom quotes, and a researcher opens the file in Excel. A whole
    /// number such as -2 is left alone: it cannot run, and the apostrophe would turn it into text.
    /// </summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
            value = "'" + value;
        return value.AsSpan().IndexOfAny("\",\r\n") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    private static string Flag(bool value) => value ? "true" : "false";
}
