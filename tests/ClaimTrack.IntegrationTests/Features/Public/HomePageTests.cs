using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using Marten;

namespace ClaimTrack.IntegrationTests.Features.Public;

public sealed class HomePageTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    [Fact]
    public async Task The_home_page_lists_published_claims_and_never_drafts()
    {
        var published = await new ClaimStories(db.App.Writer).PublishedAsync("Home Page Person");
        var draft = new ClaimStories(db.App.Writer);
        await draft.RegisterAsync("Draft Only Person");
        using var client = db.App.CreateClient();

        var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("Home Page Person");
        html.ShouldContain("Turnout was high, but not a forty-year record.");
        html.ShouldNotContain("Draft Only Person");
        published.ClaimId.ShouldNotBe(draft.ClaimId);
    }
}
