using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Web.Features.Claims.FrontPage;

// Pins are claim events like any other: who put a fact check on top of the front page, when, and at which place, is
// part of the claim's record (an election night's choices stay answerable afterwards).

/// <summary>Order: the place among the pinned fact checks, 1 first.</summary>
public sealed record ClaimPinned(Guid ClaimId, int Order, Actor By, DateTimeOffset At);

public sealed record ClaimUnpinned(Guid ClaimId, Actor By, DateTimeOffset At);

public sealed record PinClaim(int Order);

public sealed record UnpinClaim;

public static class FrontPagePinDecision
{
    /// <summary>More places than a front page has room for; a bound keeps the order a small number readers never see.</summary>
    public const int MaxOrder = 20;

    /// <summary>What leads the front page is an editorial decision, like publishing: an Editor's.</summary>
    public static readonly CommandEntry PinEntry = CommandEntry
        .OnClaim<PinClaim>(NewsroomRole.Editor, (claim, command, d) => [Pin(claim, command, d.By, d.Now)])
        .Wording<ClaimPinned>(e => $"{e.By.Name} pinned the claim to the front page, place {e.Order}, at {e.At:u}");

    public static readonly CommandEntry UnpinEntry = CommandEntry
        .OnClaim<UnpinClaim>(NewsroomRole.Editor, (claim, command, d) => [Unpin(claim, command, d.By, d.Now)])
        .Wording<ClaimUnpinned>(e => $"{e.By.Name} took the claim off the front page's pins at {e.At:u}");

    /// <summary>Only what readers can see now is pinned; pinning again at another place moves it.</summary>
    public static ClaimPinned Pin(Claim claim, PinClaim command, Actor by, DateTimeOffset now)
    {
        if (command.Order is < 1 or > MaxOrder)
            new InputCheck().That(false, "Order", $"The place must be a whole number from 1 to {MaxOrder}.", FieldRule.PlaceOutOfRange, MaxOrder).ThrowIfAny();
        if (claim.Status != ClaimStatus.Published)
            throw new ClaimRuleBroken("Only a published claim can be pinned to the front page.");
        if (claim.PinnedOrder == command.Order)
            throw new ClaimRuleBroken("AlreadyPinnedAt", $"This claim is already pinned at place {command.Order}.", command.Order);
        return new ClaimPinned(claim.Id, command.Order, by, now);
    }

    /// <param name="claim"></param>
    /// <param name="command">Carries nothing; named so that every decision says which command it decides.</param>
    /// <param name="by"></param>
    /// <param name="now"></param>
    public static ClaimUnpinned Unpin(Claim claim, UnpinClaim command, Actor by, DateTimeOffset now) =>
        claim.PinnedOrder is null
            ? throw new ClaimRuleBroken("This claim is not pinned to the front page.")
            : new ClaimUnpinned(claim.Id, by, now);
}
