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
    private Task<ClaimsPrincipal> AnAdmin() => DeskStaff.PrincipalAsync(db.App, "admin-1", "Lena Fischer", DeskRoles.Admin);
    private readonly Reader _reader = new(db.App);
    private AdminActions Admin => db.App.Services.GetRequiredService<AdminActions>();
    private RatingScales Scales => db.App.Services.GetRequiredService<RatingScales>();

    [Fact]
    public async Task A_renamed_rating_reaches_cached_pages_and_feeds_at_once()
    {
        var story = await new ClaimStories(db.App.Writer).PublishedAsync("Scale Person");
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("False");
        (await _reader.PageAsync("/feeds/verdicts.rss")).ShouldContain("<title>False: ");

        var scale = await Scales.CurrentAsync(default);
        var index = scale.Ratings.FindIndex(r => r.Key == "false");
        scale.Ratings[index] = scale.Ratings[index] with { Label = "Wrong" };
        await Admin.SaveScaleAsync(await AnAdmin(), scale);

        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("Our verdict: <span class=\"rating\"");
        (await _reader.PageAsync(Reader.ClaimPath(story))).ShouldContain("Wrong");
        (await _reader.PageAsync("/feeds/verdicts.rss")).ShouldContain("<title>Wrong: ");
    }

    [Fact]
    public async Task The_methodology_page_gives_each_definition_and_the_dated_changes_at_once()
    {
        (await _reader.PageAsync("/methodology")).ShouldContain("The claim is not accurate: the evidence contradicts it.");

        var scale = await Admin.AddRatingAsync(await AnAdmin(), (await Scales.CurrentAsync(default)).Version,
            new NewRating("Needs context", 3, "#0b57d0", "Accurate as far as it goes, but missing context changes its meaning."));
        var index = scale.Ratings.FindIndex(r => r.Key == "misleading");
        scale.Ratings[index] = scale.Ratings[index] with { Retired = true };
        await Admin.SaveScaleAsync(await AnAdmin(), scale);

        // The page was cached before the change: an addition must evict it like a rename does.
        var page = await _reader.PageAsync("/methodology");
        page.ShouldContain("Accurate as far as it goes, but missing context changes its meaning.");
        page.ShouldContain("Ratings we no longer give");
        page.ShouldContain("Added &quot;Needs context&quot; (ClaimReview value 3)");
        page.ShouldContain("Retired &quot;Misleading&quot;");
        page.ShouldContain("<li><time datetime=");
        page.ShouldContain("(Lena Fischer)");
    }

    public void Dispose() => _reader.Dispose();
}
