using ClaimTrack.Web.Features.Claims.Publication;

namespace ClaimTrack.Web.Features.Claims.Translations;

/// <summary>
/// The words of a fact check that a translation carries: the statement, its context, the verdict's summary and its
/// reasoning, which is what a reader page says in sentences. Names (the claimant, outlets, evidence titles), dates,
/// topics and the rating key stay as the newsroom recorded them: they are not prose, and the rating's label is
/// worded per language by the scale itself.
/// </summary>
public sealed record FactCheckText(string Statement, string? Context, string Summary, string Reasoning)
{
    public static FactCheckText Of(PublishedContent content) =>
        new(content.Statement, content.Context, content.Verdict.Summary, content.Verdict.Reasoning);
}

/// <summary>
/// A fact check's text in another of the newsroom's languages. Original is the text readers saw when it was translated:
/// once they see other words (an update, a correction), the translation no longer says what the fact check says, and
/// pages show the original until a revised translation is approved. ApprovedAt is null while it waits for review.
/// </summary>
public sealed record Translation(string Language, FactCheckText Text, FactCheckText Original, DateTimeOffset? ApprovedAt = null)
{
    /// <summary>Whether the translation says what readers of the original read now.</summary>
    public bool Fits(PublishedContent content) => Original == FactCheckText.Of(content);

    /// <summary>Language tags compare without case: "pt-BR" and "pt-br" are one language.</summary>
    public bool IsIn(string language) => string.Equals(Language, language, StringComparison.OrdinalIgnoreCase);
}
