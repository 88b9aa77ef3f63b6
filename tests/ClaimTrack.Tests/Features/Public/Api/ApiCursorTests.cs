using ClaimTrack.Web.Features.Public.Api;

namespace ClaimTrack.Tests.Features.Public.Api;

public sealed class ApiCursorTests
{
    [Fact]
    public void A_cursor_reads_back_as_the_same_claim_and_instant()
    {
        var cursor = new ApiCursor(new DateTimeOffset(2025, 3, 3, 9, 4, 0, TimeSpan.FromHours(2)).AddTicks(1234567), Guid.NewGuid());

        var text = cursor.Encode();
        var read = ApiCursor.TryDecode(text)!;

        text.Length.ShouldBe(ApiCursor.TextLength);
        text.ShouldMatch("^[A-Za-z0-9_-]+$");
        read.ClaimId.ShouldBe(cursor.ClaimId);
        read.UpdatedAt.UtcTicks.ShouldBe(cursor.UpdatedAt.UtcTicks);
        read.UpdatedAtText.ShouldBe("2025-03-03T07:04:00.1234567+00:00");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-a-cursor")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    [InlineData("________________________________")]
    public void Anything_else_is_no_cursor(string text) => ApiCursor.TryDecode(text).ShouldBeNull();
}
