using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Admin;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Claims.Ratings;

/// <summary>Saving the stored scale: its log and its version. A database of its own, since the scale is one document.</summary>
public sealed class RatingScalesTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private AdminActions Admin => db.App.Services.GetRequiredService<AdminActions>();
    private RatingScales Scales => db.App.Services.GetRequiredService<RatingScales>();

    private Task<ClaimsPrincipal> As(string role, string name = "Lena Fischer") => DeskStaff.PrincipalAsync(db.App, $"{role}-{name}".Replace(' ', '-'), name, role);

    private static NewRating Rating(string label) => new(label, 3, "#0b57d0", $"{label}: what it means.");

    [Fact]
    public async Task Two_admins_editing_at_once_cannot_overwrite_each_other()
    {
        var seen = await Scales.CurrentAsync(default);
        await Admin.AddRatingAsync(await As(DeskRoles.Admin, "Lena Fischer"), seen.Version, Rating("Satire"));

        // The second Admin still has the scale as it was before the first one saved.
        var conflict = await Should.ThrowAsync<RatingScaleConflict>(async () =>
            await Admin.AddRatingAsync(await As(DeskRoles.Admin, "Omar Said"), seen.Version, Rating("Spin")));

        conflict.Message.ShouldContain("Lena Fischer");
        conflict.Message.ShouldContain("Added \"Satire\"");
        DeskOutcome.From(conflict)!.Kind.ShouldBe(DeskOutcomeKind.Conflict);
        var stored = await Scales.CurrentAsync(default);
        stored.Find("satire").ShouldNotBeNull();
        stored.Find("spin").ShouldBeNull();
    }

    [Fact]
    public async Task A_save_that_slips_in_after_the_load_is_refused_by_the_database()
    {
        var seen = await Scales.CurrentAsync(default);

        // Both load the same version; the inner save commits while the outer one is being decided.
        await Should.ThrowAsync<RatingScaleConflict>(() => Scales.ChangeAsync(seen.Version, (current, at) =>
        {
            Scales.ChangeAsync(seen.Version, (inner, innerAt) =>
                ScaleEdits.Add(inner, Rating("Exaggerated"), new Actor("a", "Lena Fischer"), innerAt)).GetAwaiter().GetResult();
            return ScaleEdits.Add(current, Rating("Cherry-picked"), new Actor("b", "Omar Said"), at);
        }));

        var stored = await Scales.CurrentAsync(default);
        stored.Find("exaggerated").ShouldNotBeNull();
        stored.Find("cherry-picked").ShouldBeNull();
    }

    [Fact]
    public async Task Each_save_continues_from_the_version_it_returns_and_the_log_grows()
    {
        var scale = await Admin.AddRatingAsync(await As(DeskRoles.Admin), (await Scales.CurrentAsync(default)).Version, Rating("Out of context"));
        var index = scale.Ratings.FindIndex(r => r.Key == "out-of-context");
        scale.Ratings[index] = scale.Ratings[index] with { Retired = true };

        var saved = await Admin.SaveScaleAsync(await As(DeskRoles.Admin), scale);

        var stored = await Scales.CurrentAsync(default);
        stored.Version.ShouldBe(saved.Version);
        stored.Offers("out-of-context").ShouldBeFalse();
        stored.Changes.Select(c => c.What).ShouldContain("Retired \"Out of context\": no longer given to new verdicts; older verdicts keep it.");
        stored.Changes[^1].By.Name.ShouldBe("Lena Fischer");
    }

    [Fact]
    public async Task Only_admins_add_ratings_and_a_taken_key_is_refused_at_the_label()
    {
        var version = (await Scales.CurrentAsync(default)).Version;
        await Should.ThrowAsync<DeskActionForbidden>(async () => await Admin.AddRatingAsync(await As(DeskRoles.Editor), version, Rating("Spin")));

        var invalid = await Should.ThrowAsync<ClaimInputInvalid>(async () => await Admin.AddRatingAsync(await As(DeskRoles.Admin), version, Rating("Mostly True")));
        invalid.Errors.Keys.ShouldBe(["Label"]);
    }
}
