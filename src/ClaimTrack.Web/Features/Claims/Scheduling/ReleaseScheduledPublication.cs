using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Scheduling;

/// <summary>The releaser's command: the release scheduled for <paramref name="ReleaseAt"/> goes out, once.</summary>
public sealed record ReleaseScheduledPublication(DateTimeOffset ReleaseAt);

public static class ReleaseScheduledPublicationDecision
{
    /// <summary>Run by the releaser (ScheduledReleaser), not from a page; an Editor's role, as the approval it carries.</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<ReleaseScheduledPublication>(NewsroomRole.Editor, (claim, command, d) => Release(claim, command, d.Newsroom.TwoPersonRule, d.Now))
        .Wording<ScheduledPublicationReleased>(e => $"Released at {e.At:u} as scheduled for {e.ReleaseAt:u} by {e.By.Name}")
        .Wording<ScheduledPublicationHeld>(e => $"Not released at {e.At:u} (scheduled for {e.ReleaseAt:u} by {e.By.Name}): {e.Reason} It waits for review again")
        .AlsoProduces<VerdictApproved>().AlsoProduces<ClaimPublished>().AlsoProduces<ClaimUpdateApproved>()
        .AlsoProduces<CorrectionIssued>().AlsoProduces<ClaimRetracted>();

    /// <summary>
    /// The release appends exactly what approving then would, in the scheduling Editor's name, after a record of the
    /// release. A rule that refuses the approval now (evidence withdrawn meanwhile, the update's claim edited) holds
    /// the release instead: readers see nothing, and the desk sees why. The time in the command is the one the
    /// releaser read, so a release rescheduled meanwhile is not let out at the old time.
    /// </summary>
    public static IReadOnlyList<object> Release(Claim claim, ReleaseScheduledPublication command, bool twoPersonRule, DateTimeOffset now)
    {
        var scheduled = SchedulePublicationDecision.Waiting(claim);
        if (scheduled.ReleaseAt != command.ReleaseAt)
            throw new ClaimRuleBroken("ReleaseRescheduled", $"The release was rescheduled for {scheduled.ReleaseAt:u}.", scheduled.ReleaseAt);
        if (now < scheduled.ReleaseAt)
            throw new ClaimRuleBroken("ReleaseNotYet", $"The release is scheduled for {scheduled.ReleaseAt:u}, not before.", scheduled.ReleaseAt);
        try
        {
            var approval = ScheduledApproval.Of(claim, scheduled.Kind, scheduled.ProposalId, twoPersonRule, scheduled.By, now);
            return [new ScheduledPublicationReleased(claim.Id, scheduled.ReleaseAt, scheduled.By, now), .. approval];
        }
        catch (ClaimRuleBroken refused)
        {
            return [new ScheduledPublicationHeld(claim.Id, scheduled.ReleaseAt, refused.Message, scheduled.By, now)];
        }
    }
}
