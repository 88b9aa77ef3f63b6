using ClaimTrack.Web.Features.Claims;
using Microsoft.Extensions.Localization;

namespace ClaimTrack.Web.Features.Desk;

/// <summary>
/// A claim's history in words, newest first. It folds the claim's own events in order, so an event stored before events
/// carried what they replaced still says what changed: the claim as it stood just before gives the "before".
/// </summary>
public static class ClaimHistory
{
    public static IReadOnlyList<(long Version, string What)> Lines(
        IReadOnlyList<(long Version, object Data)> events, NewsroomTime time, IStringLocalizer? words = null)
    {
        var say = new HistoryWords(time, words);
        Claim? claim = null;
        var lines = new List<(long, string)>(events.Count);
        foreach (var (version, data) in events)
        {
            lines.Add((version, say.Describe(WithPrevious(claim, data))));
            claim = (claim, data) switch
            {
                (null, ClaimRegistered registered) => Claim.Create(registered),
                ({ } known, _) when Claim.Replays(data.GetType()) => known.Replay(data),
                _ => claim,
            };
        }
        lines.Reverse();
        return lines;
    }

    /// <summary>
    /// The claim's lines (newest first) with the discussion's steps put in where they happened, each numbered with the
    /// claim version it came after.
    /// </summary>
    public static IReadOnlyList<(long Version, string What)> WithNotes(
        IReadOnlyList<(long Version, string What)> lines, IReadOnlyList<(long Version, DateTimeOffset At)> claimEvents,
        IReadOnlyList<(DateTimeOffset At, FormattableString? Words)> notes, NewsroomTime time, IStringLocalizer? words = null)
    {
        var say = new HistoryWords(time, words);
        var all = lines.Select(l => (At: claimEvents.FirstOrDefault(e => e.Version == l.Version).At, l.Version, l.What)).ToList();
        foreach (var (at, said) in notes)
        {
            if (said is null) continue;
            var after = claimEvents.LastOrDefault(e => e.At <= at).Version;
            all.Add((at, after, say.Say(said)));
        }
        return [.. all.OrderByDescending(l => l.At).Select(l => (l.Version, l.What))];
    }

    /// <summary>The event with its "before" filled in from the claim as it stood, when the stored event lacks it.</summary>
    public static object WithPrevious(Claim? claim, object @event) => (claim, @event) switch
    {
        ({ } c, ClaimTextEdited { Previous: null } edit) => edit with { Previous = ClaimText.Of(c) },
        ({ } c, EvidenceCorrected { Previous: null } fix) =>
            fix with { Previous = c.Evidence.FirstOrDefault(item => item.Id == fix.EvidenceId)?.Details },
        _ => @event,
    };
}
