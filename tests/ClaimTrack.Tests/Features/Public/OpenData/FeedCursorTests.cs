using ClaimTrack.Web.Features.Public.OpenData;

namespace ClaimTrack.Tests.Features.Public.OpenData;

/// <summary>How the DataFeed reads ?since= and ?after=: ISO 8601 as aggregators write it, anything else refused in words.</summary>
public sealed class FeedCursorTests
{
    [Theory]
    [InlineData("2025-03-01", "2025-03-01T00:00:00.0000000Z")]
    [InlineData("2025-03-01T09:30", "2025-03-01T09:30:00.0000000Z")]
    [InlineData("2025-03-01T09:30:00Z", "2025-03-01T09:30:00.0000000Z")]
    [InlineData("2025-03-01T11:30:00+02:00", "2025-03-01T09:30:00.0000000Z")]
    [InlineData("2025-03-01T04:30:00.1234567-05:00", "2025-03-01T09:30:00.1234567Z")]
    // "+02:00" typed into an address arrives as " 02:00": a "+" in a query string is a space.
    [InlineData("2025-03-01T11:30:00 02:00", "2025-03-01T09:30:00.0000000Z")]
    public void Since_is_read_as_iso_8601_and_spelled_one_way_in_utc(string since, string canonical)
    {
        var (cursor, problem) = FeedCursor.Read(since, null);

        problem.ShouldBeNull();
        cursor!.Query.ShouldBe($"since={canonical}");
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("03/01/2025")]
    [InlineData("2025-13-01")]
    [InlineData("2025-03-01T25:00:00Z")]
    [InlineData("1741200000")]
    [InlineData("2025-03-01T09:30:00.12345678Z")]
    public void A_since_that_is_not_an_iso_date_is_refused_with_an_example(string since)
    {
        var (cursor, problem) = FeedCursor.Read(since, null);

        cursor.ShouldBeNull();
        problem.ShouldBe(FeedCursor.BadSinceMessage);
    }

    [Fact]
    public void After_names_a_claim_and_comes_only_with_since()
    {
        var claim = Guid.NewGuid();

        FeedCursor.Read("2025-03-01", claim.ToString()).Cursor!.Query.ShouldBe($"since=2025-03-01T00:00:00.0000000Z&after={claim:N}");
        FeedCursor.Read(null, claim.ToString()).Problem.ShouldBe(FeedCursor.BadAfterMessage);
        FeedCursor.Read("2025-03-01", "not-a-claim").Problem.ShouldBe(FeedCursor.BadAfterMessage);
    }

    [Fact]
    public void No_cursor_is_the_start_of_the_feed()
    {
        var (cursor, problem) = FeedCursor.Read(null, "");

        problem.ShouldBeNull();
        cursor.ShouldBe(FeedCursor.Start);
        cursor!.Query.ShouldBe("");
    }

    [Fact]
    public void A_cursor_keeps_every_tick_so_the_database_rounds_it_as_it_rounds_the_stored_time()
    {
        var at = new DateTimeOffset(2025, 3, 1, 9, 30, 0, TimeSpan.FromHours(1)).AddTicks(1234567);

        FeedCursor.Format(at).ShouldBe("2025-03-01T08:30:00.1234567Z");
        FeedCursor.Read(FeedCursor.Format(at), null).Cursor!.Since.ShouldBe(at);
    }
}
