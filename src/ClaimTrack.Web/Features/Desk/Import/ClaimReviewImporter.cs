using System.Security.Claims;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.OtherFactChecks;
using JasperFx;
using Marten;
using Marten.Linq.MatchesSql;

namespace ClaimTrack.Web.Features.Desk.Import;

/// <summary>
/// An Editor's import of other fact-checkers' ClaimReview: each review read is matched against our published claims
/// (<see cref="ReviewMatching"/>) and stored as an <see cref="OtherReview"/>: a match links at once (the Editor who
/// imports is the one who vouches for it, and can remove it), anything else waits as an intake candidate. A review
/// already known is left exactly as it is, whatever an editor did with it since: importing the same feed again
/// changes nothing.
/// </summary>
public sealed class ClaimReviewImporter(IDocumentStore store, DeskPeople people, ClaimReviewFetcher fetcher, TimeProvider clock)
{
    public async Task<ReviewImport> ImportAddressAsync(ClaimsPrincipal user, string? address, CancellationToken ct)
    {
        // Before anything is fetched: a Reporter cannot make the server read an address either.
        await ReviewPermissions.DemandEditorAsync(people, user, "import ClaimReview");
        var uri = ClaimReviewFetcher.ParseAddress(address);
        return await ImportTextAsync(user, uri.AbsoluteUri, await fetcher.FetchAsync(uri, ct), ct);
    }

    /// <summary>Imports a file's text; <paramref name="source"/> names it in the desk's list of imports (an address or a file's name).</summary>
    public async Task<ReviewImport> ImportTextAsync(ClaimsPrincipal user, string source, string text, CancellationToken ct)
    {
        await ReviewPermissions.DemandEditorAsync(people, user, "import ClaimReview");
        var reading = ClaimReviewReader.Read(text);
        try
        {
            return await SaveAsync(user.ToActor(), source, reading, ct);
        }
        catch (Exception e) when (IsRace(e))
        {
            // Another editor imported some of the same reviews at this moment: once theirs are saved, they are known.
            return await SaveAsync(user.ToActor(), source, reading, ct);
        }
    }

    private async Task<ReviewImport> SaveAsync(Actor by, string source, ReviewReading reading, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var result = new ReviewImport { Id = Guid.CreateVersion7(), By = by, At = now, Source = Cut(source, InputLimits.Url), Skipped = [.. reading.Skipped] };
        await using var session = store.LightweightSession();

        var keyed = reading.Reviews.Select(r => (Review: r, Id: OtherReview.IdFor(OtherReview.KeyFor(r)))).ToList();
        var known = (await session.LoadManyAsync<OtherReview>(ct, keyed.Select(k => k.Id).Distinct())).Select(r => r.Id).ToHashSet();
        var seen = new HashSet<Guid>();
        foreach (var (review, id) in keyed)
        {
            if (!seen.Add(id)) { result.Skipped.Add(new SkippedItem(review.ReviewUrl ?? review.ClaimReviewed, "the same review appears twice in this input")); continue; }
            if (known.Contains(id)) { result.AlreadyKnown++; continue; }

            var match = ReviewMatching.Decide(new ReviewToMatch(review.ClaimReviewed, review.Claimant), await ClaimsToCompareAsync(session, review, ct));
            var stored = new OtherReview
            {
                Id = id,
                Key = OtherReview.KeyFor(review),
                Details = review,
                ImportedAt = now,
                Status = match is null ? OtherReviewStatus.Candidate : OtherReviewStatus.Matched,
                ClaimId = match?.ClaimId,
                MatchedBecause = match?.Because,
            };
            stored.Record(now, by, $"imported from {result.Source}");
            if (match is not null) stored.Record(now, by, $"linked to a claim: {match.Because}");
            session.Insert(stored);
            result.New++;
            if (match is null) result.Candidates++; else result.Matched++;
        }
        session.Insert(result);
        await session.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>
    /// The published claims worth comparing: those by the same claimant (their slug, indexed), and those holding every
    /// word of the review's claim (the reader search table's GIN index). Two small bounded queries, not a scan.
    /// </summary>
    private static async Task<IReadOnlyList<ClaimToCompare>> ClaimsToCompareAsync(IQuerySession session, OtherReviewDetails review, CancellationToken ct)
    {
        var found = new List<ClaimToCompare>();
        if (review.Claimant is { } claimant)
        {
            var slug = Slugs.From(claimant);
            found.AddRange((await session.Query<Claims.ReadModels.ReaderClaim>().Where(c => c.ClaimantSlug == slug && !c.Retracted).Take(200)
                .Select(c => new { c.Id, c.Content.Statement, c.Content.Claimant.Name }).ToListAsync(ct))
                .Select(c => new ClaimToCompare(c.Id, c.Statement, c.Name)));
        }
        var words = string.Join(' ', ReviewWording.Normalise(review.ClaimReviewed).Split(' ').Take(30));
        if (words.Length > 0)
        {
            found.AddRange((await session.Query<Claims.ReadModels.ReaderClaim>().Where(c => !c.Retracted && c.MatchesSql(SameWordsSql, words)).Take(50)
                .Select(c => new { c.Id, c.Content.Statement, c.Content.Claimant.Name }).ToListAsync(ct))
                .Select(c => new ClaimToCompare(c.Id, c.Statement, c.Name)));
        }
        return found;
    }

    // plainto_tsquery, not the readers' websearch syntax: a claim's words are text, and "or" or "-" in them are words too.
    private static readonly string SameWordsSql =
        $"exists (select 1 from {Claims.ReadModels.ClaimSearch.PublishedClaims.Table} t where t.id = d.id " +
        $"and t.terms @@ {Claims.ReadModels.ClaimSearch.PublishedClaims.PlainQueryOf("?")})";

    // Marten reports each review stored meanwhile on its own, several at once in an AggregateException.
    private static bool IsRace(Exception e) => e is DocumentAlreadyExistsException or ConcurrencyException
        || (e is AggregateException many && many.InnerExceptions.All(IsRace));

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..max];
}
