using ClaimTrack.Web.Features.Public.Api;

namespace ClaimTrack.Tests.Features.Public.Api;

public sealed class ClaimListQueryTests
{
    private static ClaimListParameters Ask(string? since = null, string? claimant = null, string? topic = null, string? rating = null,
        string? size = null, string? cursor = null, string? retracted = null) => new(since, claimant, topic, rating, size, cursor, retracted);

    [Fact]
    public void Nothing_asked_is_the_first_page_of_everything_published()
    {
        var (query, problem) = ClaimListQuery.Read(Ask());

        problem.ShouldBeNull();
        query.ShouldBe(new ClaimListQuery(null, null, null, null, ClaimListQuery.DefaultSize, null, false));
        query!.Canonical().ShouldBe("size=20");
    }

    [Theory]
    [InlineData("2025-03-01", "2025-03-01T00:00:00.0000000+00:00")]
    [InlineData("2025-03-01T09:30Z", "2025-03-01T09:30:00.0000000+00:00")]
    [InlineData("2025-03-01T09:30:00", "2025-03-01T09:30:00.0000000+00:00")]
    [InlineData("2025-03-01T10:30:00+01:00", "2025-03-01T09:30:00.0000000+00:00")]
    [InlineData("2025-03-01T10:30:00 01:00", "2025-03-01T09:30:00.0000000+00:00")] // an unencoded plus, decoded as a space
    [InlineData("2025-03-01T09:30:00.1234567Z", "2025-03-01T09:30:00.1234567+00:00")]
    public void Updated_since_reads_iso_8601_dates_and_times(string text, string expected)
    {
        var query = ClaimListQuery.Read(Ask(since: text)).Query!;

        query.UpdatedSince!.Value.ToString("O", System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
        // Written back one way, which reads back the same.
        ClaimListQuery.Read(Ask(since: Uri.UnescapeDataString(query.Canonical().Split('&')[0]["updatedSince=".Length..]))).Query!
            .UpdatedSince.ShouldBe(query.UpdatedSince);
    }

    [Theory]
    [InlineData("yesterday", null, null, null, null, null, "updatedSince")]
    [InlineData("01/03/2025", null, null, null, null, null, "updatedSince")]
    [InlineData(null, "Ana Ruiz", null, null, null, null, "claimant")]
    [InlineData(null, null, "elections\0", null, null, null, "topic")]
    [InlineData(null, null, null, "False", null, null, "rating")]
    [InlineData(null, null, null, null, "0", null, "size")]
    [InlineData(null, null, null, null, "101", null, "size")]
    [InlineData(null, null, null, null, "+5", null, "size")]
    [InlineData(null, null, null, null, null, "abc", "cursor")]
    [InlineData(null, null, null, null, null, null, "includeRetracted", "yes")]
    public void A_value_it_cannot_use_names_its_parameter(string? since, string? claimant, string? topic, string? rating, string? size,
        string? cursor, string parameter, string? retracted = null)
    {
        var (query, problem) = ClaimListQuery.Read(Ask(since, claimant, topic, rating, size, cursor, retracted));

        query.ShouldBeNull();
        problem!.Parameter.ShouldBe(parameter);
        problem.Message.ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public void Spellings_of_one_query_share_one_canonical_form_and_the_next_page_keeps_the_filters()
    {
        var cursor = new ApiCursor(DateTimeOffset.UnixEpoch, Guid.Empty);
        var a = ClaimListQuery.Read(Ask(claimant: " ana-ruiz ", size: "05", rating: "false", retracted: "True")).Query!;
        var b = ClaimListQuery.Read(Ask(claimant: "ana-ruiz", size: "5", rating: "false", retracted: "true")).Query!;

        a.Canonical().ShouldBe(b.Canonical());
        a.Canonical(cursor).ShouldBe($"claimant=ana-ruiz&rating=false&includeRetracted=true&size=5&cursor={cursor.Encode()}");
        ClaimListQuery.Read(Ask(claimant: "ana-ruiz", size: "5", rating: "false", retracted: "true", cursor: cursor.Encode())).Query!.After
            .ShouldBe(cursor);
    }
}
