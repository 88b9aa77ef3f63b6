using Marten;

namespace ClaimTrack.Web.Features.Claims.OtherFactChecks;

public static class OtherFactChecksSchema
{
    /// <summary>
    /// The claim page reads a claim's links by claim id, the desk its candidates by status (newest first): columns of
    /// their own, so neither unpacks every imported review. Known at start-up, so the first import creates no table.
    /// </summary>
    public static void AddOtherFactChecks(this StoreOptions opts)
    {
        opts.Schema.For<OtherReview>().UseOptimisticConcurrency(true).Duplicate(r => r.ClaimId).Duplicate(r => r.Status)
            .Index([r => r.Status, r => r.ChangedAt]);
        opts.Schema.For<ReviewImport>().Index(i => i.At);
    }
}
