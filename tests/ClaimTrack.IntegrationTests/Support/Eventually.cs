using System.Diagnostics;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>Waits for something another node (or the database) does in its own time: polls, with a deadline.</summary>
public static class Eventually
{
    /// <returns>How long it took until the check held.</returns>
    /// <remarks>Between checks it waits <c>every</c>: 10 ms unless a check is costly (a query, a page).</remarks>
    public static async Task<TimeSpan> HoldsAsync(TimeSpan within, Func<Task<bool>> check, string what, TimeSpan? every = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await check())
        {
            if (clock.Elapsed > within) throw new ShouldAssertException($"Not within {within.TotalSeconds:0.#} s: {what}");
            await Task.Delay(every ?? TimeSpan.FromMilliseconds(10));
        }
        return clock.Elapsed;
    }
}
