using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.ReaderRequests;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests.Privacy;

/// <summary>
/// The retention round erases the emails of requests answered or closed longer ago than the retention period, and only
/// those: from the request document and from the submission event, leaving a record that names no address.
/// </summary>
public sealed class EmailRetentionTests(ReaderEmailsApp db) : IClassFixture<ReaderEmailsApp>, IDisposable
{
    private readonly ReaderFormClient _reader = new(db.App);

    [Fact]
    public async Task Emails_past_their_retention_period_are_erased_everywhere_and_the_others_kept()
    {
        var run = Guid.NewGuid().ToString("N")[..8];
        string Address(string who) => $"{who}-{run}@example.org";
        var closedLongAgo = await db.RequestAsync(await _reader.SuggestAsync($"Closed {run}", Address("closed")));
        var answeredLongAgo = await db.RequestAsync(await _reader.SuggestAsync($"Answered {run}", Address("answered")));
        var stillOpen = await db.RequestAsync(await _reader.SuggestAsync($"Open {run}", Address("open")));
        var closedLater = await db.RequestAsync(await _reader.SuggestAsync($"Later {run}", Address("later")));
        await db.DecideAsync(closedLongAgo, (r, at) => RequestDecisions.Close(r, "Not a checkable claim.", ReaderEmailsApp.Editor, at));
        // Answered, then closed a month on: the period counts from the answer, when the desk last needed to write.
        var answered = await db.DecideAsync(answeredLongAgo, (r, at) => RequestDecisions.Answer(r, "We are on it.", ReaderEmailsApp.Editor, at));
        db.Clock.Advance(TimeSpan.FromDays(30));
        await db.DecideAsync(answered, (r, at) => RequestDecisions.Close(r, "Checked.", ReaderEmailsApp.Editor, at));
        await db.DecideAsync(closedLater, (r, at) => RequestDecisions.Close(r, "Duplicate.", ReaderEmailsApp.Editor, at));
        foreach (var who in new[] { "closed", "answered", "open", "later" })
            (await db.TablesHoldingAsync(Address(who))).ShouldContain("mt_events", $"before: {who}'s address is in its submission event");

        // 90 days and a minute after the first two settled; the later one settled 30 days after them.
        db.Clock.Advance(TimeSpan.FromDays(ReaderEmailsApp.RetentionDays - 30) + TimeSpan.FromMinutes(1));
        // Two rounds at once, as two nodes would run them: one erases, the other skips or finds nothing left.
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), async () =>
        {
            await Task.WhenAll(db.Retention.EraseDueAsync(CancellationToken.None), db.Retention.EraseDueAsync(CancellationToken.None));
            return (await db.LoadAsync(closedLongAgo.Id)).Email is null && (await db.LoadAsync(answeredLongAgo.Id)).Email is null;
        }, "both emails past the period erased", every: TimeSpan.FromMilliseconds(100));

        foreach (var who in new[] { "closed", "answered" })
            (await db.TablesHoldingAsync(Address(who))).ShouldBeEmpty($"{who}'s address is gone from every table");
        foreach (var who in new[] { "open", "later" })
            (await db.TablesHoldingAsync(Address(who))).ShouldContain("mt_events", $"{who}'s address is kept: its period has not ended");
        (await db.LoadAsync(stillOpen.Id)).Email.ShouldBe(Address("open"));
        (await db.LoadAsync(closedLater.Id)).Email.ShouldBe(Address("later"));

        var erased = await db.LoadAsync(closedLongAgo.Id);
        erased.EmailErasedAt.ShouldBe(db.Clock.GetUtcNow());
        erased.Steps[^1].By.ShouldBe(EmailErasure.Retention);
        erased.Text.ShouldBe($"Closed {run}", "what the reader wrote stays: only the address goes");
        var events = await db.EventsAsync(closedLongAgo.Id);
        events.OfType<ReaderEmailErased>().ShouldHaveSingleItem().Cause.ShouldBe(EmailErasureCause.RetentionEnded);
        events.OfType<TipSubmitted>().Single().ShouldSatisfyAllConditions(e => e.Email.ShouldBeNull(), e => e.Said.ShouldBe($"Closed {run}"));
        (await db.EventsAsync(answeredLongAgo.Id)).OfType<ReaderEmailErased>().Count().ShouldBe(1, "two rounds at once record it once");

        // Thirty days on, the later one's turn comes; the open one stays until it is answered or closed.
        db.Clock.Advance(TimeSpan.FromDays(30));
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), async () =>
        {
            await db.Retention.EraseDueAsync(CancellationToken.None);
            return (await db.LoadAsync(closedLater.Id)).Email is null;
        }, "the later email erased in its turn", every: TimeSpan.FromMilliseconds(100));
        (await db.TablesHoldingAsync(Address("later"))).ShouldBeEmpty();
        (await db.TablesHoldingAsync(Address("open"))).ShouldNotBeEmpty();
    }

    public void Dispose() => _reader.Dispose();
}
