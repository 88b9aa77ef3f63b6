using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Publication;

/// <summary>Asks for the desk's edits to a published (or retracted) claim to reach readers; the reason says why.</summary>
public sealed record ProposeUpdate(Guid ChangeId, string Reason);

public static class ProposeUpdateDecision
{
    /// <summary>Whoever edits may ask; an Editor other than them approves (ReviewPublicChangeDecision).</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<ProposeUpdate>(NewsroomRole.Reporter, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .Wording<PublicChangeProposed>(e =>
            $"{e.By.Name} proposed {PublicChangeWords.ArticlePhrase(e.Kind, e.Translation?.Language)} for readers at {e.At:u}: {e.Reason}");

    public static PublicChangeProposed Decide(Claim claim, ProposeUpdate command, Actor by, DateTimeOffset now)
    {
        new InputCheck().Required("Reason", command.Reason, InputLimits.Reason, "Why readers should see this change").ThrowIfAny();
        if (claim.FirstPublishedAt is null)
            throw new ClaimRuleBroken("This claim has never been published: publish it once its verdict is approved.");
        PublicChangeRules.NoneWaiting(claim);
        var current = claim.Current ?? throw new ClaimRuleBroken("There is no approved verdict to publish.");
        if (!claim.StandingEvidence.Any())
            throw new ClaimRuleBroken("All evidence for this claim has been withdrawn; attach evidence before publishing.");
        var content = PublishedContent.From(claim, current, claim.Timeline);
        if (claim.Status == ClaimStatus.Published && claim.Shown is { } shown && PublicChanges.Between(shown, content).Changes.Count == 0)
            throw new ClaimRuleBroken("Readers already see this claim as it stands: there is no change to publish.");
        return new PublicChangeProposed(claim.Id, command.ChangeId, PublicChangeKind.Update, command.Reason.Trim(), content, null, null, by, now);
    }
}
