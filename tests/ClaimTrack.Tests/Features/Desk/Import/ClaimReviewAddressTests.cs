using ClaimTrack.Web.Features.Desk.Import;

namespace ClaimTrack.Tests.Features.Desk.Import;

public sealed class ClaimReviewAddressTests
{
    [Theory]
    [InlineData("ftp://example.org/feed")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("example.org/feed")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("https://user:secret@example.org/feed")]
    public void Only_plain_http_and_https_addresses_are_fetched(string? address) =>
        Should.Throw<ImportFetchFailed>(() => ClaimReviewFetcher.ParseAddress(address));
}
