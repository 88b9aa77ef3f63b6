using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Claims.Translations;

namespace ClaimTrack.Web.Features.Public.Feeds;

/// <summary>A claim's approved translation as a feed that follows its language gives it, and that language's page.</summary>
public sealed record FeedTranslation(Translation Translation, string PagePath);

/// <summary>
/// The rule for a feed that follows one language (?lang=es): it carries the claims written in that language and the
/// claims with an approved translation into it that still fits (what the /es/ page shows). A translated claim's items
/// give the translated statement and link the page in that language. A translation is of the fact check as it reads
/// now, so an item's summary is the translated one only when the step's summary is the one translated (the current
/// verdict); an earlier step's summary, a reason and an update's list of changes stay in the claim's own words.
/// </summary>
public static class FeedTranslations
{
    public sealed record Words(string Statement, string? Summary, string Language, string PagePath);

    public static Words For(VerdictUpdate update, FeedTranslation? translated)
    {
        if (translated is null) return new(update.Statement, update.Summary, update.Language, PublicPaths.Claim(update.ClaimId, update.ClaimSlug));
        var t = translated.Translation;
        var summary = update.Summary is not null && update.Summary == t.Original.Summary ? t.Text.Summary : update.Summary;
        return new(t.Text.Statement, summary, t.Language, translated.PagePath);
    }
}
