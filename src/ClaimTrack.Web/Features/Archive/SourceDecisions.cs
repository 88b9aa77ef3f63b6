using System.Linq.Expressions;
using ClaimTrack.Web.Features.Claims.Archive;
using ClaimTrack.Web.Infrastructure.Nodes;

namespace ClaimTrack.Web.Features.Archive;

/// <summary>
/// What each outcome does to a source's record: pure, no I/O and no clock, so each rule is tested as given/when/then
/// (the worker fetches, these decide, the worker saves).
/// </summary>
public static class SourceDecisions
{
    /// <summary>Evidence with an address was attached: a first copy is due now.</summary>
    public static EvidenceSource Watch(Guid evidenceId, Guid claimId, string title, string url, DateTimeOffset now) => new()
    {
        Id = evidenceId,
        ClaimId = claimId,
        Title = title,
        Url = url,
        State = SourceState.Waiting,
        NextAttemptAt = now,
        UpdatedAt = now,
    };

    /// <summary>
    /// The evidence's address was corrected: the new one is fetched afresh and its marks start over. The old copy stays
    /// until the new one is kept, and readers are only ever given a copy of the address their page shows.
    /// </summary>
    public static void Readdress(EvidenceSource source, string title, string url, DateTimeOffset now)
    {
        source.Title = title;
        if (source.Url == url) return;
        source.Url = url;
        (source.State, source.NextAttemptAt, source.FailedTries, source.Problem) = (SourceState.Waiting, now, 0, null);
        (source.CheckFailures, source.ChangedAt, source.VanishedAt, source.Broken) = (0, null, null, false);
        source.UpdatedAt = now;
    }

    /// <summary>Withdrawn evidence (or evidence left without an address) is no longer fetched or checked, nor listed as broken.</summary>
    public static void Withdraw(EvidenceSource source, DateTimeOffset now) =>
        (source.Withdrawn, source.Broken, source.UpdatedAt) = (true, false, now);

    /// <summary>
    /// The worker's query for due sources (a first copy or a link check) and, compiled, the rule its tests check: one
    /// expression, so the tests cover what the worker asks. States named, not "not GaveUp", for the (state, next) index.
    /// </summary>
    public static Expression<Func<EvidenceSource, bool>> DueAt(DateTimeOffset now) => s =>
        (s.State == SourceState.Waiting || s.State == SourceState.Archived) && s.NextAttemptAt <= now && !s.Withdrawn;

    public static bool IsDue(EvidenceSource source, DateTimeOffset now) => DueAt(now).Compile()(source);

    /// <summary>A copy was fetched: it is the one kept, and the link check starts from it.</summary>
    public static SourceCopy Kept(EvidenceSource source, FetchedSource fetched, ArchiveOptions options, DateTimeOffset now)
    {
        var copy = new SourceCopy(source.Url, fetched.Sha256, fetched.ContentType, fetched.Body.LongLength, fetched.Status, now);
        (source.Copy, source.State, source.FailedTries, source.Problem) = (copy, SourceState.Archived, 0, null);
        (source.CheckedAt, source.CheckFailures, source.NextAttemptAt, source.UpdatedAt) = (now, 0, now + options.LinkCheck, now);
        return copy;
    }

    /// <summary>
    /// A try at a copy failed: tried again later, each wait longer, until the tries are used up. <c>random</c>, in
    /// [0, 1), moves the wait by up to a fifth either way, so many sources of one site are not all fetched in one second.
    /// </summary>
    public static void Failed(EvidenceSource source, string reason, ArchiveOptions options, double random, DateTimeOffset now)
    {
        source.FailedTries++;
        (source.Problem, source.UpdatedAt) = (reason, now);
        if (RetrySchedule.NextWait(source.FailedTries, options.Attempts, options.FirstRetrySeconds, options.MaxRetrySeconds, random) is { } wait)
            source.NextAttemptAt = now + wait;
        else source.State = SourceState.GaveUp;
    }

    /// <summary>
    /// A check found the source answering. Different content from the kept copy marks it changed, from that day on (a
    /// page that changes again keeps its first date); the same content clears a change. Answering clears "vanished".
    /// A null hash (too large to compare) changes no mark.
    /// </summary>
    public static void Checked(EvidenceSource source, string? sha256, ArchiveOptions options, DateTimeOffset now)
    {
        if (sha256 is not null && source.Copy is { } copy)
            source.ChangedAt = sha256 == copy.Sha256 ? null : source.ChangedAt ?? now;
        (source.CheckFailures, source.VanishedAt, source.Problem) = (0, null, null);
        Checked(source, options, now);
    }

    /// <summary>A check failed (an error status, no such name, no answer): enough in a row and the source counts as vanished.</summary>
    public static void CheckFailed(EvidenceSource source, string reason, ArchiveOptions options, DateTimeOffset now)
    {
        source.CheckFailures++;
        source.Problem = reason;
        if (source.CheckFailures >= Math.Max(1, options.VanishedAfter)) source.VanishedAt ??= now;
        Checked(source, options, now);
    }

    private static void Checked(EvidenceSource source, ArchiveOptions options, DateTimeOffset now)
    {
        source.Broken = source.ChangedAt is not null || source.VanishedAt is not null;
        (source.CheckedAt, source.NextAttemptAt, source.UpdatedAt) = (now, now + options.LinkCheck, now);
    }
}
