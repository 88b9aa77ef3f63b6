using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Appearances;

/// <summary>Takes off an appearance recorded by mistake (another claim's, a duplicate); the reason stays in the history.</summary>
public sealed record RemoveAppearance(Guid AppearanceId, string Reason);

public static class RemoveAppearanceDecision
{
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<RemoveAppearance>(NewsroomRole.Reporter, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .Wording<AppearanceRemoved>(e =>
            $"{e.By.Name} removed the appearance in {e.Appearance.Outlet} of {AppearanceRules.Day(e.Appearance)} at {e.At:u}");

    public static AppearanceRemoved Decide(Claim claim, RemoveAppearance command, Actor by, DateTimeOffset now)
    {
        var check = new InputCheck();
        AppearanceRules.CheckReason(check, command.Reason, "the removal");
        check.ThrowIfAny();

        var appearance = AppearanceRules.Listed(claim, command.AppearanceId);
        // A claim was made somewhere: without an appearance it has no source, and ClaimReview no first appearance.
        if (claim.Appearances.Count == 1)
            throw new ClaimRuleBroken("This is the claim's only appearance: record where else it appeared, or correct this one.");
        return new AppearanceRemoved(claim.Id, appearance, command.Reason.Trim(), by, now);
    }
}
