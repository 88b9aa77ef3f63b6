using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Translations;

/// <summary>Asks for the fact check's text in another of the newsroom's languages to reach readers (new or revised).</summary>
public sealed record ProposeTranslation(Guid ChangeId, string Language, string Statement, string? Context, string Summary, string Reasoning);

public static class ProposeTranslationDecision
{
    /// <summary>Whoever may edit may translate; an Editor other than them approves it (ReviewPublicChangeDecision), as
    /// with any other change to what readers see.</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<ProposeTranslation>(NewsroomRole.Reporter, (claim, command, d) => [Decide(claim, command, d.Newsroom, d.By, d.Now)])
        .AlsoProduces<PublicChangeProposed>();

    public static PublicChangeProposed Decide(Claim claim, ProposeTranslation command, NewsroomOptions newsroom, Actor by, DateTimeOffset now)
    {
        var language = TranslationRules.Language(command.Language, newsroom);
        // Field names of their own: the workspace shows the claim's own Statement and Context problems elsewhere.
        new InputCheck()
            .Required("TranslatedStatement", command.Statement, InputLimits.Statement, "The translated statement")
            .Optional("TranslatedContext", command.Context, InputLimits.Context, "The translated context")
            .Required("TranslatedSummary", command.Summary, InputLimits.Summary, "The translated summary")
            .SingleLine("TranslatedSummary", command.Summary, "The translated summary")
            .Required("TranslatedReasoning", command.Reasoning, InputLimits.Reasoning, "The translated reasoning")
            .ThrowIfAny();
        // A translation says what readers read; a draft has nothing readers read yet, and a retracted claim is gone.
        if (claim.Status != ClaimStatus.Published || claim.Shown is not { } shown)
            throw new ClaimRuleBroken("Only a published fact check can be translated: translate it once readers can read it.");
        if (string.Equals(shown.Language, language, StringComparison.OrdinalIgnoreCase))
            new InputCheck().That(false, "TranslationLanguage",
                $"This fact check is written in {shown.Language}: a translation is into another of the newsroom's languages.",
                FieldRule.TranslationSameLanguage, shown.Language).ThrowIfAny();
        PublicChangeRules.NoneWaiting(claim);
        var original = FactCheckText.Of(shown);
        var text = new FactCheckText(command.Statement.Trim(), Blank(command.Context), command.Summary.Trim(), command.Reasoning.Trim());
        var earlier = claim.Translations.Find(t => t.IsIn(language));
        if (earlier is not null && earlier.Text == text && earlier.Original == original)
            throw new ClaimRuleBroken("TranslationUnchanged", $"Readers already read this {language} translation: there is no change to review.", language);
        var reason = earlier is null ? "A new translation." : "A revised translation.";
        return new PublicChangeProposed(claim.Id, command.ChangeId, PublicChangeKind.Translation, reason, null, null, null, by, now,
            new Translation(language, text, original));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal static class TranslationRules
{
    /// <summary>The newsroom's spelling of a language it publishes in: a tag it does not list is a field problem.</summary>
    public static string Language(string? language, NewsroomOptions newsroom)
    {
        var tag = (language ?? "").Trim();
        var offered = newsroom.Languages.FirstOrDefault(l => string.Equals(l, tag, StringComparison.OrdinalIgnoreCase));
        new InputCheck().That(offered is not null, "TranslationLanguage", $"Choose one of the newsroom's languages: {string.Join(", ", newsroom.Languages)}.",
            FieldRule.LanguageNotOffered).ThrowIfAny();
        return offered!;
    }
}
