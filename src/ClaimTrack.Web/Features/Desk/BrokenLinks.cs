using ClaimTrack.Web.Features.Claims.Archive;
using Marten;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>A source the link check marked: changed since it was copied, or gone.</summary>
public sealed record BrokenLink(Guid ClaimId, Guid EvidenceId, string Title, string Url, DateTimeOffset? ChangedAt, DateTimeOffset? VanishedAt)
{
    public string Mark => VanishedAt is not null ? "link broken" : "source changed";
    public DateTimeOffset Since => VanishedAt ?? ChangedAt ?? DateTimeOffset.MinValue;
}

/// <summary>The desk's questions about evidence sources: the workspace's marks, the grid's filter, the desk home's list.</summary>
public sealed class BrokenLinks(IDocumentStore store)
{
    /// <summary>Past this many marked claims the grid's filter shows the most recently marked ones.</summary>
    public const int FilterCap = 1000;

    /// <summary>Marked sources, most recently marked first: for the desk home's "broken links".</summary>
    public async Task<IReadOnlyList<BrokenLink>> ForDeskAsync(int limit, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        var marked = await session.Query<EvidenceSource>().Where(s => s.Broken && !s.Withdrawn)
            .OrderByDescending(s => s.UpdatedAt).Take(Math.Clamp(limit, 1, 200)).ToListAsync(ct);
        return [.. marked.Select(s => new BrokenLink(s.ClaimId, s.Id, s.Title, s.Url, s.ChangedAt, s.VanishedAt))];
    }

    /// <summary>The claims with at least one marked source, for the grid's "broken links" filter.</summary>
    public static async Task<IReadOnlyList<Guid>> ClaimsAsync(IQuerySession session, CancellationToken ct) =>
        [.. (await session.Query<EvidenceSource>().Where(s => s.Broken && !s.Withdrawn)
            .OrderByDescending(s => s.UpdatedAt).Select(s => s.ClaimId).Take(FilterCap).ToListAsync(ct)).Distinct()];

    /// <summary>Each source of one claim, by evidence id, for the workspace's marks.</summary>
    public async Task<IReadOnlyDictionary<Guid, EvidenceSource>> OfClaimAsync(Guid claimId, CancellationToken ct)
    {
        await using var session = store.QuerySession();
        return (await session.Query<EvidenceSource>().Where(s => s.ClaimId == claimId).ToListAsync(ct)).ToDictionary(s => s.Id);
    }
}
