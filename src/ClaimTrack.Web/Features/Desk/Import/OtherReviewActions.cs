using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;
using JasperFx;
using Marten;

namespace ClaimTrack.Web.Features.Desk.Import;

/// <summary>An editor's decisions on imported reviews, each recorded in the review's history with who and when.</summary>
public sealed class OtherReviewActions(IDocumentStore store, DeskPeople people, TimeProvider clock)
{
    /// <summary>A wrong "also checked by" link comes off the claim's page at once; the review stays known, so a re-import does not bring it back.</summary>
    public Task RemoveMatchAsync(ClaimsPrincipal user, Guid reviewId, CancellationToken ct) =>
        ChangeAsync(user, reviewId, "remove a link to another fact check", OtherReviewStatus.Matched, review =>
        {
            review.Status = OtherReviewStatus.MatchRemoved;
            return "link removed";
        }, ct);

    public Task DismissAsync(ClaimsPrincipal user, Guid reviewId, CancellationToken ct) =>
        ChangeAsync(user, reviewId, "dismiss an intake candidate", OtherReviewStatus.Candidate, review =>
        {
            review.Status = OtherReviewStatus.Dismissed;
            return "dismissed";
        }, ct);

    /// <summary>
    /// The candidate became one of our claims (registered from it): it is linked to that claim, and shows on the claim's
    /// page once the claim is published and not before.
    /// </summary>
    public async Task LinkRegisteredAsync(ClaimsPrincipal user, Guid reviewId, Guid claimId, CancellationToken ct)
    {
        await using (var session = store.QuerySession())
            if (await session.LoadAsync<Claims.Claim>(claimId, ct) is null) throw new ClaimNotFound(claimId);
        await ChangeAsync(user, reviewId, "link an intake candidate to a claim", OtherReviewStatus.Candidate, review =>
        {
            (review.Status, review.ClaimId, review.MatchedBecause) = (OtherReviewStatus.Matched, claimId, "registered as a claim from this review");
            return "registered as a claim and linked to it";
        }, ct);
    }

    private async Task ChangeAsync(ClaimsPrincipal user, Guid reviewId, string action, OtherReviewStatus expected, Func<OtherReview, string> change, CancellationToken ct)
    {
        await ReviewPermissions.DemandEditorAsync(people, user, action);
        await using var session = store.LightweightSession();
        var review = await session.LoadAsync<OtherReview>(reviewId, ct) ?? throw new OtherReviewGone();
        if (review.Status != expected) throw new OtherReviewGone();
        review.Record(clock.GetUtcNow(), user.ToActor(), change(review));
        session.Store(review);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            throw new OtherReviewGone();
        }
    }
}

/// <summary>The review is gone, or another editor decided on it meanwhile: the page reloads to show where it stands.</summary>
public sealed class OtherReviewGone() : Exception("Another editor has already dealt with this review, or it is gone: the list now shows where it stands.");
