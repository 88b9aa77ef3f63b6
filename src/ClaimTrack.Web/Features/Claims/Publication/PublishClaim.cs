using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Publication;

public sealed record PublishClaim;

public sealed record RetractClaim(string Reason);

public static class PublicationDecision
{
    /// <summary>What readers see is an Editor's decision, both ways.</summary>
    public static readonly CommandEntry PublishEntry = CommandEntry
        .OnClaim<PublishClaim>(NewsroomRole.Editor, (claim, command, d) => [Publish(claim, command, d.By, d.Now)])
        .Wording<ClaimPublished>(e => $"{e.By.Name} published the claim at {e.At:u}");

    public static readonly CommandEntry RetractEntry = CommandEntry
        .OnClaim<RetractClaim>(NewsroomRole.Editor, (claim, command, d) => [Retract(claim, command, d.By, d.Now)])
        .Wording<ClaimRetracted>(e => $"{e.By.Name} retracted the claim at {e.At:u}");

    /// <summary>Publishes, or re-publishes after edits, the claim with its approved verdict.</summary>
    /// <param name="claim"></param>
    /// <param name="command">Carries nothing; named so that every decision says which command it decides.</param>
    /// <param name="by"></param>
    /// <param name="now"></param>
    public static ClaimPublished Publish(Claim claim, PublishClaim command, Actor by, DateTimeOffset now)
    {
        var current = claim.Current ?? throw new ClaimRuleBroken("A claim can be published only once its verdict has been approved.");
        if (claim.Status == ClaimStatus.Published && !claim.HasUnpublishedChanges)
            throw new ClaimRuleBroken("This claim is already published and nothing has changed since.");
        if (!claim.StandingEvidence.Any())
            throw new ClaimRuleBroken("All evidence for this claim has been withdrawn; attach evidence before publishing.");
        // After a retraction the summaries no longer count the claim, so there is nothing to move from.
        var previous = claim.Status == ClaimStatus.Published ? claim.LastPublished : null;
        return new ClaimPublished(claim.Id, PublishedContent.From(claim, current, claim.Timeline), previous, by, now);
    }

    public static ClaimRetracted Retract(Claim claim, RetractClaim command, Actor by, DateTimeOffset now)
    {
        new InputCheck().Required("Reason", command.Reason, InputLimits.Reason, "A reason for the retraction").ThrowIfAny();
        if (claim.Status != ClaimStatus.Published || claim.LastPublished is null)
            throw new ClaimRuleBroken("Only a published claim can be retracted.");
        return new ClaimRetracted(claim.Id, command.Reason.Trim(), claim.LastPublished, by, now);
    }
}
