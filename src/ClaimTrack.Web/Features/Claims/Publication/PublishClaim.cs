using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Publication;

public sealed record PublishClaim;

public sealed record RetractClaim(string Reason, Guid? ChangeId = null);

public static class PublicationDecision
{
    /// <summary>What readers see is an Editor's decision, both ways.</summary>
    public static readonly CommandEntry PublishEntry = CommandEntry
        .OnClaim<PublishClaim>(NewsroomRole.Editor, (claim, command, d) => [Publish(claim, command, d.By, d.Now)])
        .Wording<ClaimPublished>(e => $"{e.By.Name} published the claim at {e.At:u}");

    /// <summary>A retraction is proposed like any public change; another Editor approves it (ReviewPublicChangeDecision).</summary>
    public static readonly CommandEntry RetractEntry = CommandEntry
        .OnClaim<RetractClaim>(NewsroomRole.Editor, (claim, command, d) => [Retract(claim, command, d.By, d.Now)])
        .AlsoProduces<PublicChangeProposed>();

    /// <summary>
    /// The first publication, once the verdict is approved (that approval was its review). Every later change to what
    /// readers see is proposed and approved (ProposeUpdate, IssueCorrection, RetractClaim), never published directly.
    /// </summary>
    /// <param name="claim"></param>
    /// <param name="command">Carries nothing; named so that every decision says which command it decides.</param>
    /// <param name="by"></param>
    /// <param name="now"></param>
    public static ClaimPublished Publish(Claim claim, PublishClaim command, Actor by, DateTimeOffset now)
    {
        var current = claim.Current ?? throw new ClaimRuleBroken("A claim can be published only once its verdict has been approved.");
        if (claim.FirstPublishedAt is not null)
            throw new ClaimRuleBroken("This claim is already public: changes reach readers as an update another Editor approves.");
        if (!claim.StandingEvidence.Any())
            throw new ClaimRuleBroken("All evidence for this claim has been withdrawn; attach evidence before publishing.");
        return new ClaimPublished(claim.Id, PublishedContent.From(claim, current, claim.Timeline), null, by, now);
    }

    public static PublicChangeProposed Retract(Claim claim, RetractClaim command, Actor by, DateTimeOffset now)
    {
        new InputCheck().Required("Reason", command.Reason, InputLimits.Reason, "A reason for the retraction").ThrowIfAny();
        if (claim.Status != ClaimStatus.Published || claim.LastPublished is null)
            throw new ClaimRuleBroken("Only a published claim can be retracted.");
        PublicChangeRules.NoneWaiting(claim);
        return new PublicChangeProposed(claim.Id, command.ChangeId ?? Guid.CreateVersion7(now), PublicChangeKind.Retraction,
            command.Reason.Trim(), null, null, null, by, now);
    }
}
