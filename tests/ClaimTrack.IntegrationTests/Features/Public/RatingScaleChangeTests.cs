using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Desk.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Public;

/// <summary>A database of its own: renaming a rating here must not change what other classes' pages say.</summary>
public sealed class RatingScaleChangeTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>, IDisposable
{
    private readonly Reader _reader = new(db.App);

    [Fact]
    public async Task A_renamed_rating_reaches_cached_pages_and_feeds_at_once()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Scale Person");
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("False");
        (await _reader.PageAsync("/feeds/verdicts.rss")).ShouldContain("<title>False: ");

        var scale = RatingScale.Default();
        var index = scale.Ratings.FindIndex(r => r.Key == "false");
        scale.Ratings[index] = scale.Ratings[index] with { Label = "Wrong" };
        var admin = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(ClaimTypes.NameIdentifier, "admin-1"), new Claim(ClaimTypes.Role, DeskRoles.Admin)], "test"));
        await db.App.Services.GetRequiredService<AdminActions>().SaveScaleAsync(admin, scale);

        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("Our verdict: <span class=\"rating\"");
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("Wrong");
        (await _reader.PageAsync("/feeds/verdicts.rss")).ShouldContain("<title>Wrong: ");
    }

    public void Dispose() => _reader.Dispose();
}
