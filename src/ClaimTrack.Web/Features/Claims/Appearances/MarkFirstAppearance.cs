using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.Appearances;

/// <summary>
/// Names an appearance as the first although an earlier one is listed (that one is a misdated copy, say). Marking
/// the earliest again returns to the rule; the reason stays in the history.
/// </summary>
public sealed record MarkFirstAppearance(Guid AppearanceId, string Reason);

public static class MarkFirstAppearanceDecision
{
    /// <summary>An Editor's call: it overrides the dates, and the first appearance is what ClaimReview publishes.</summary>
    public static readonly CommandEntry Entry = CommandEntry
        .OnClaim<MarkFirstAppearance>(NewsroomRole.Editor, (claim, command, d) => [Decide(claim, command, d.By, d.Now)])
        .Wording<AppearanceMarkedFirst>(e =>
            $"{e.By.Name} marked the appearance in {e.Appearance.Outlet} of {AppearanceRules.Day(e.Appearance)} as the first at {e.At:u}");

    public static AppearanceMarkedFirst Decide(Claim claim, MarkFirstAppearance command, Actor by, DateTimeOffset now)
    {
        var check = new InputCheck();
        AppearanceRules.CheckReason(check, command.Reason, "marking it first");
        check.ThrowIfAny();

        var appearance = AppearanceRules.Listed(claim, command.AppearanceId);
        if (appearance.IsFirst) throw new ClaimRuleBroken("This appearance is already the first.");
        return new AppearanceMarkedFirst(claim.Id, appearance, command.Reason.Trim(), by, now);
    }
}
