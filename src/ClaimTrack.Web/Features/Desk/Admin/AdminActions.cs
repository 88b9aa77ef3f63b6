using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.Writing;
using Marten;
using ClaimsPrincipal = System.Security.Claims.ClaimsPrincipal;

namespace ClaimTrack.Web.Features.Desk.Admin;

/// <summary>What only Admins do: keep the rating scale and merge duplicate claimants and topics.</summary>
public sealed class AdminActions(IDocumentStore store, ClaimWriter writer, RatingScales scales)
{
    /// <summary>
    /// Saves the edited scale over the version the Admin loaded (<see cref="RatingScale.Version"/>); each change goes
    /// into the scale's log. Ratings are never removed, only retired: published verdicts keep their meaning.
    /// </summary>
    public async Task<RatingScale> SaveScaleAsync(ClaimsPrincipal user, RatingScale edited)
    {
        Demand(user);
        return await scales.ChangeAsync(edited.Version, (current, at) => ScaleEdits.Revise(current, edited, user.ToActor(), at));
    }

    /// <summary>Adds a rating to the scale the Admin saw; its key is made from the label.</summary>
    public async Task<RatingScale> AddRatingAsync(ClaimsPrincipal user, Guid seenVersion, NewRating rating)
    {
        Demand(user);
        return await scales.ChangeAsync(seenVersion, (current, at) => ScaleEdits.Add(current, rating, user.ToActor(), at));
    }

    /// <summary>Moves every claim of one claimant to another (a duplicate made by a typo); each claim records the change.</summary>
    /// <returns>How many claims moved.</returns>
    public async Task<int> MergeClaimantAsync(ClaimsPrincipal user, string duplicateSlug, Claimant into)
    {
        Demand(user);
        return await ChangeEachAsync(user, c => c.Claimant.Slug == duplicateSlug, claim => Edit(claim, into, claim.Topics));
    }

    /// <summary>Renames a claimant on each of their claims, keeping kind and affiliation; each claim records the change.</summary>
    public async Task<int> RenameClaimantAsync(ClaimsPrincipal user, string slug, string newName)
    {
        Demand(user);
        return await ChangeEachAsync(user, c => c.Claimant.Slug == slug, claim => Edit(claim, claim.Claimant with { Name = newName }, claim.Topics));
    }

    /// <summary>Replaces a topic by another on every claim that has it.</summary>
    public async Task<int> MergeTopicAsync(ClaimsPrincipal user, string duplicate, string into)
    {
        Demand(user);
        return await ChangeEachAsync(user, c => c.Topics.Contains(duplicate),
            claim => Edit(claim, claim.Claimant, [.. claim.Topics.Where(t => t != duplicate).Append(into).Distinct()]));
    }

    private async Task<int> ChangeEachAsync(ClaimsPrincipal user, System.Linq.Expressions.Expression<Func<Claim, bool>> which, Func<Claim, EditClaim> edit)
    {
        IReadOnlyList<Claim> claims;
        await using (var session = store.QuerySession()) claims = await session.Query<Claim>().Where(which).ToListAsync();
        foreach (var claim in claims)
        {
            try
            {
                await writer.ExecuteAsync(claim.Id, claim.Version, edit(claim), user.ToActor());
            }
            catch (ClaimEditConflict)
            {
                // Someone saved the claim meanwhile: apply the merge to their version rather than skip it.
                await using var session = store.QuerySession();
                var fresh = await session.LoadAsync<Claim>(claim.Id);
                await writer.ExecuteAsync(claim.Id, fresh!.Version, edit(fresh), user.ToActor());
            }
        }
        return claims.Count;
    }

    private static EditClaim Edit(Claim claim, Claimant claimant, IReadOnlyList<string> topics) => new(
        claim.Statement, claim.IsVerbatimQuote, claimant.Name, claimant.Kind, claimant.Affiliation, claim.Context, topics, claim.Language);

    private static void Demand(ClaimsPrincipal user)
    {
        if (!user.IsInRole(DeskRoles.Admin)) throw new DeskActionForbidden(new RatingScale());
    }
}
