using ClaimTrack.Web.Features.Accounts;

namespace ClaimTrack.Tests.Features.Accounts;

public sealed class ReturnAddressTests
{
    [Theory]
    [InlineData("/desk/review", "/desk/review")]
    [InlineData("/desk?status=Draft&page=2", "/desk?status=Draft&page=2")]
    [InlineData("/desk/réunion", "/desk/r%C3%A9union")]
    [InlineData("/日本", "/%E6%97%A5%E6%9C%AC")]
    [InlineData("/😀", "/%F0%9F%98%80")]
    [InlineData("/a b", "/a%20b")]
    [InlineData("/100%", "/100%25")]
    [InlineData("/%C3%A9", "/%C3%A9")]
    public void A_local_path_is_kept_in_ascii(string url, string safe) => ReturnAddress.LocalOnly(url).ShouldBe(safe);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("desk/review")]
    [InlineData("https://evil.example.org/desk")]
    [InlineData("//evil.example.org")]
    [InlineData("/\\evil.example.org")]
    [InlineData("/desk\r\nSet-Cookie: x=1")]
    [InlineData("/desk\0")]
    [InlineData("/\t/evil.example.org")]
    public void Anything_else_goes_to_the_desk(string? url) => ReturnAddress.LocalOnly(url).ShouldBe(ReturnAddress.Fallback);
}
