using ClaimTrack.Web.Features.Desk.Workspace;

namespace ClaimTrack.Tests.Features.Desk.Workspace;

public sealed class SourceAddressTests
{
    [Theory]
    [InlineData("https://stats.example.org/census-2026")]
    [InlineData("http://archive.example.net/page?id=4")]
    [InlineData("  https://example.org/padded  ")]
    public void Web_addresses_become_links(string address)
    {
        SourceAddress.Linkable(address).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("javascript:alert(document.cookie)")]
    [InlineData("JavaScript:alert(1)")]
    [InlineData(" javascript:alert(1)")]
    [InlineData("data:text/html,<script>alert(1)</script>")]
    [InlineData("vbscript:msgbox(1)")]
    [InlineData("file:///etc/passwd")]
    [InlineData("//evil.example/no-scheme")]
    [InlineData("stats.example.org/census")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_stays_text(string? address)
    {
        SourceAddress.Linkable(address).ShouldBeNull();
    }
}
