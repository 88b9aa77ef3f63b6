using ClaimTrack.Web.Features.Claims.Publication;

namespace ClaimTrack.Web.Features.Claims.Translations;

/// <summary>What approving a proposed translation, or its withdrawal, appends (ReviewPublicChangeDecision decides who may).</summary>
internal static class TranslationReview
{
    public static TranslationApproved Approve(Claim claim, PendingPublicChange pending, Actor by, DateTimeOffset now)
    {
        var proposed = pending.Translation!;
        if (claim.Status != ClaimStatus.Published || claim.Shown is not { } shown)
            throw new ClaimRuleBroken("Only a published fact check can carry a translation: the claim is no longer published.");
        // The reviewer judges the translation against the text it was made from; readers must not get it for other words.
        if (!proposed.Fits(shown))
            throw new ClaimRuleBroken(
                "What readers read changed after this translation was proposed: send it back, and have it translated from the new text.");
        return new TranslationApproved(claim.Id, pending.ChangeId, proposed with { ApprovedAt = now }, pending.ProposedBy, by, now);
    }

    public static TranslationWithdrawn Withdraw(Claim claim, PendingPublicChange pending, Actor by, DateTimeOffset now)
    {
        var language = pending.Translation!.Language;
        if (!claim.Translations.Exists(t => t.IsIn(language)))
            throw new ClaimRuleBroken("TranslationGone", $"Readers have no {language} translation of this fact check any more.", language);
        return new TranslationWithdrawn(claim.Id, pending.ChangeId, language, pending.Reason, pending.ProposedBy, by, now);
    }
}
