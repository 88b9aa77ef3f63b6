using Marten;

namespace ClaimTrack.Web.Features.Claims.Archive;

public static class EvidenceArchiveSchema
{
    public static void AddEvidenceArchive(this StoreOptions opts)
    {
        opts.Schema.For<EvidenceSource>().UseOptimisticConcurrency(true)
            // The claim page's and workspace's question (this claim's sources) and the desk's "broken links" filter.
            .Duplicate(s => s.ClaimId).Duplicate(s => s.Broken)
            // The archive worker's question, every few seconds: what is due.
            .Duplicate(s => s.State).Duplicate(s => s.NextAttemptAt).Index([s => s.State, s => s.NextAttemptAt]);
        opts.Storage.ExtendedSchemaObjects.Add(ArchivedCopies.Table(opts.DatabaseSchemaName));
    }
}
