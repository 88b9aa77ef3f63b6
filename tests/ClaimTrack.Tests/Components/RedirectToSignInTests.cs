using Bunit;
using Bunit.TestDoubles;
using ClaimTrack.Web.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.Tests.Components;

public sealed class RedirectToSignInTests : BunitContext
{
    [Fact]
    public void An_anonymous_visitor_comes_back_to_the_page_they_were_on()
    {
        AddAuthorization();
        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        navigation.NavigateTo("/desk/review?status=Draft");

        Render<RedirectToSignIn>();

        // A leading slash: the sign-in page only returns to a path on this site, and "desk/review" is not one.
        navigation.Uri.ShouldBe("http://localhost/account/login?returnUrl=%2Fdesk%2Freview%3Fstatus%3DDraft");
    }

    [Fact]
    public void A_person_without_the_role_is_told_so()
    {
        AddAuthorization().SetAuthorized("reporter@test.claimtrack");
        var navigation = Services.GetRequiredService<BunitNavigationManager>();

        Render<RedirectToSignIn>();

        navigation.Uri.ShouldBe("http://localhost/account/denied");
    }
}
