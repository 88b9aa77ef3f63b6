using System.Security.Claims;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>What a lead (a reader's tip) offers the new-claim form to start from.</summary>
public sealed record ClaimLeadDraft(string Statement, string? Claimant, string? Outlet, string? Url);

/// <summary>
/// The hook through which another feature (Intake's reader tips) opens the new-claim form prefilled and hears which
/// claim it became. The desk owns it, so the desk knows no feature that feeds it.
/// </summary>
public interface IClaimLeads
{
    Task<ClaimLeadDraft?> DraftAsync(ClaimsPrincipal user, Guid leadId);

    /// <summary>Called once the claim is saved; a failure here leaves the claim registered and says so.</summary>
    Task ClaimRegisteredAsync(ClaimsPrincipal user, Guid leadId, Guid claimId);
}
