using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;

namespace ClaimTrack.IntegrationTests.Features.Accounts;

/// <summary>Where sign-in sends a person, through Kestrel: it refuses a Location header with non-ASCII characters.</summary>
public sealed class SignInReturnTests(KestrelDatabase db) : IClassFixture<KestrelDatabase>
{
    [Theory]
    [InlineData("/desk/réunion", "/desk/r%C3%A9union")]
    [InlineData("/desk?q=日本", "/desk?q=%E6%97%A5%E6%9C%AC")]
    [InlineData("/desk/\u0000", "/desk")]
    [InlineData("/\\evil.example.org", "/desk")]
    [InlineData("/é%", "/%C3%A9%25")]
    [InlineData("/desk/%C3%A9", "/desk/%C3%A9")]
    [InlineData("/\u00a0", "/%C2%A0")]
    public async Task A_non_ascii_return_address_is_encoded_and_stays_local(string returnUrl, string expected)
    {
        var reporter = await DeskVisitor.CreateUserAsync(db.App, DeskRoles.Reporter);
        using var visitor = new DeskVisitor(db.App, db.Address);

        var (response, _) = await visitor.SignInAsync(reporter.Email, DeskVisitor.Password, returnUrl);

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.GetValues("Location").ShouldHaveSingleItem().ShouldBe(new Uri(db.Address, expected).GetLeftPart(UriPartial.Authority) + expected);
    }
}
