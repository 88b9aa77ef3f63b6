using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Editing;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.Writing;
using Marten;
using ClaimsPrincipal = System.Security.Claims.ClaimsPrincipal;

namespace ClaimTrack.Web.Features.Desk.Admin;

/// <summary>What only Admins do: keep the rating scale and merge duplicate claimants and topics.</summary>
public sealed class AdminActions(IDocumentStore store, ClaimWriter writer)
{
    /// <summary>Saves the scale. Ratings are never removed, only retired: published verdicts keep their meaning.</summary>
    public async Task SaveScaleAsync(ClaimsPrincipal user, RatingScale scale)
    {
        Demand(user);
        await using var session = store.LightweightSession();
        var current = await ClaimWriter.LoadScaleAsync(session, default);
        ScaleRules.Check(current, scale);
        session.Store(scale);
        await session.SaveChangesAsync();
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

/// <summary>The rules a new rating scale must keep (pure, so they are tested without a database).</summary>
public static class ScaleRules
{
    public static void Check(RatingScale current, RatingScale proposed)
    {
        var problems = new List<string>();
        foreach (var kept in current.Ratings.Where(r => proposed.Find(r.Key) is null))
            problems.Add($"The rating \"{kept.Label}\" cannot be removed, only retired: published verdicts use it.");
        if (proposed.Ratings.GroupBy(r => r.Key).Any(g => g.Count() > 1)) problems.Add("Two ratings have the same key.");
        foreach (var r in proposed.Ratings)
        {
            if (string.IsNullOrWhiteSpace(r.Label) || r.Label.Length > 40) problems.Add($"Every rating needs a label of at most 40 characters ({r.Key}).");
            if (r.ClaimReviewValue < proposed.WorstRating || r.ClaimReviewValue > proposed.BestRating)
                problems.Add($"\"{r.Label}\" has the value {r.ClaimReviewValue}, outside {proposed.WorstRating} to {proposed.BestRating}.");
            if (!System.Text.RegularExpressions.Regex.IsMatch(r.Colour, "^#[0-9a-fA-F]{6}$")) problems.Add($"\"{r.Label}\" needs a colour like #1b7f3b.");
        }
        if (proposed.BestRating <= proposed.WorstRating) problems.Add("The best rating value must be above the worst.");
        if (problems.Count > 0) throw new ClaimRuleBroken(string.Join(" ", problems));
    }
}
