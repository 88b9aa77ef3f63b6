namespace ClaimTrack.Web.Features.Claims.Appearances;

/// <summary>What correcting, removing and marking an appearance share: the appearance must be there, and a reason.</summary>
internal static class AppearanceRules
{
    public static Appearance Listed(Claim claim, Guid appearanceId) =>
        claim.Appearances.Find(a => a.Id == appearanceId)
        ?? throw new ClaimRuleBroken("This claim has no such appearance; it may have been removed. Reload the claim.");

    public static void CheckReason(InputCheck check, string? reason, string what) =>
        check.Required("Reason", reason, InputLimits.Reason, $"The reason for {what}");

    public static string Day(Appearance appearance) =>
        appearance.AppearedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
