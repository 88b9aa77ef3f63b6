using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Desk.Import;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Desk.Import;

/// <summary>With the app's default settings, an import never reaches the newsroom's own network.</summary>
public sealed class PrivateAddressTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task A_loopback_address_is_refused_by_default_and_never_contacted(string host)
    {
        await using var site = await FeedServer.StartAsync();
        site.Serve("/feed.json", "application/json", ClaimReviewFeeds.Feed(ClaimReviewFeeds.Review("https://checkers.example.org/private", "Private", null)));
        var editor = await DeskStaff.NewAsync(db.App, DeskRoles.Editor);
        var address = $"http://{host}:{site.Address.Port}/feed.json";

        var refusal = await Should.ThrowAsync<ImportFetchFailed>(() =>
            db.App.Services.GetRequiredService<ClaimReviewImporter>().ImportAddressAsync(editor, address, default));

        refusal.Message.ShouldContain("not on the public internet");
        site.Requested.ShouldBeEmpty();
    }
}
