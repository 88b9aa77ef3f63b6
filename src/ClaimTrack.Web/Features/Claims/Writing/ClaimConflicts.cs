using Marten;

namespace ClaimTrack.Web.Features.Claims.Writing;

/// <summary>Turns Marten's version clash into a message that names the newer change, so an editor knows what to check.</summary>
public static class ClaimConflicts
{
    internal static async Task<Exception> DescribeAsync(IDocumentStore store, Guid claimId, long expectedVersion, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        if (await session.Events.FetchStreamStateAsync(claimId, ct) is null) return new ClaimNotFound(claimId);
        var newer = await session.Events.FetchStreamAsync(claimId, fromVersion: expectedVersion + 1, token: ct);
        var latest = newer.Count > 0 ? newer[^1] : null;
        var what = latest is null ? "it was changed by someone else" : Describe(latest.Data);
        return new ClaimEditConflict(claimId, expectedVersion, latest?.Version ?? expectedVersion, what);
    }

    public static string Describe(object @event) => @event switch
    {
        ClaimTextEdited e => $"{e.By.Name} edited the statement at {e.At:u}",
        ClaimantChanged e => $"{e.By.Name} changed the claimant to {e.Claimant.Name} at {e.At:u}",
        ClaimRetagged e => $"{e.By.Name} changed the topics at {e.At:u}",
        AppearanceRecorded e => $"{e.By.Name} recorded an appearance in {e.Appearance.Outlet} at {e.At:u}",
        EvidenceAttached e => $"{e.By.Name} attached evidence \"{e.Details.Title}\" at {e.At:u}",
        EvidenceCorrected e => $"{e.By.Name} corrected evidence \"{e.Details.Title}\" at {e.At:u}",
        EvidenceWithdrawn e => $"{e.By.Name} withdrew a piece of evidence at {e.At:u}",
        VerdictProposed e => $"{e.By.Name} proposed a verdict at {e.At:u}",
        VerdictSentBack e => $"{e.By.Name} sent the verdict back at {e.At:u}",
        VerdictApproved e => $"{e.By.Name} approved the verdict at {e.At:u}",
        CorrectionIssued e => $"{e.By.Name} issued a correction at {e.At:u}",
        ClaimPublished e => $"{e.By.Name} published the claim at {e.At:u}",
        ClaimRetracted e => $"{e.By.Name} retracted the claim at {e.At:u}",
        _ => "it was changed by someone else",
    };
}
