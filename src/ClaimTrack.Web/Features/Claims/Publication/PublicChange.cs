using ClaimTrack.Web.Features.Claims.Translations;

namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>The kinds of change to a published claim that wait for review before readers see them.</summary>
public enum PublicChangeKind { Update, Correction, Retraction, Translation, TranslationWithdrawal }

/// <summary>
/// A change to what readers see, proposed and waiting for another Editor (one at a time per claim). An update holds
/// the content it would publish; a correction its new summary and reasoning; a retraction only its reason; a translation
/// (or its withdrawal) the translation.
/// </summary>
public sealed record PendingPublicChange(
    Guid ChangeId, PublicChangeKind Kind, string Reason, PublishedContent? Content, string? Summary, string? Reasoning,
    Actor ProposedBy, DateTimeOffset ProposedAt, Translation? Translation = null)
{
    public static PendingPublicChange From(PublicChangeProposed e) =>
        new(e.ChangeId, e.Kind, e.Reason, e.Content, e.Summary, e.Reasoning, e.By, e.At, e.Translation);
}

/// <summary>The last public change sent back, with the reviewer's comment for whoever proposed it.</summary>
public sealed record PublicChangeSentBackNote(Guid ChangeId, PublicChangeKind Kind, string Comment, Actor By, DateTimeOffset At);

internal static class PublicChangeRules
{
    /// <summary>A second change waits until the first is approved or sent back: a reviewer judges one at a time.</summary>
    public static void NoneWaiting(Claim claim)
    {
        if (claim.PendingChange is { } waiting)
            throw new ClaimRuleBroken("ChangeWaiting",
                $"A change ({PublicChangeWords.Noun(waiting.Kind)}) proposed by {waiting.ProposedBy.Name} is already waiting for review; " +
                "it must be approved or sent back first.", waiting.Kind, waiting.ProposedBy.Name);
    }
}
