using System.Security.Claims;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Appearances;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Intake;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.IntegrationTests.Features.Intake;

public sealed class SimilarClaimsTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private SimilarClaims Similar => db.App.Services.GetRequiredService<SimilarClaims>();
    private DeskActions Actions => db.App.Services.GetRequiredService<DeskActions>();

    private Task<ClaimsPrincipal> Person(string id, params string[] roles) => DeskStaff.PrincipalAsync(db.App, id, $"Person {id}", roles);

    /// <summary>A word no other test writes, so the claims found are this test's own.</summary>
    private static string Place() => "Port " + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + c % 26)));

    [Fact]
    public async Task Drafts_and_published_claims_that_say_the_same_are_shown_with_their_status_and_unrelated_ones_are_not()
    {
        var place = Place();
        var draft = await new ClaimStories(db.App.Writer) { Statement = $"The new bridge in {place} cost twice its budget of 40 million." }
            .RegisterAsync("Bridge Person");
        var published = await new ClaimStories(db.App.Writer) { Statement = $"The mayor of {place} doubled spending on the new bridge, to 40 million." }
            .PublishedAsync("Mayor Person");
        var unrelated = await new ClaimStories(db.App.Writer) { Statement = $"Crime in {place} fell by half after new police units started work." }
            .RegisterAsync("Police Person");

        var found = await Similar.FindAsync($"The bridge in {place} cost twice its budget of 40 million", 10, default);

        var shownDraft = found.Where(c => c.Id == draft.ClaimId).ShouldHaveSingleItem();
        (shownDraft.Status, shownDraft.Rating, shownDraft.Claimant, shownDraft.Version).ShouldBe((ClaimStatus.Draft, null, "Bridge Person", draft.Version));
        found.ShouldNotContain(c => c.Id == unrelated.ClaimId);

        var reworded = await Similar.FindAsync($"Spending on the new {place} bridge was doubled by the mayor, to 40 million", 10, default);
        var shownPublished = reworded.Where(c => c.Id == published.ClaimId).ShouldHaveSingleItem();
        (shownPublished.Status, shownPublished.Rating).ShouldBe((ClaimStatus.Published, "false"));
        reworded.ShouldNotContain(c => c.Id == unrelated.ClaimId);
    }

    [Fact]
    public async Task Another_figure_is_another_claim()
    {
        var place = Place();
        var story = await new ClaimStories(db.App.Writer) { Statement = $"Unemployment in {place} fell to 4 percent last year." }.RegisterAsync("Figure Person");

        (await Similar.FindAsync($"Unemployment in {place} fell to 4 percent last year", 10, default)).ShouldContain(c => c.Id == story.ClaimId);
        (await Similar.FindAsync($"Unemployment in {place} fell to 9 percent last year", 10, default)).ShouldNotContain(c => c.Id == story.ClaimId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("bridge")]
    [InlineData("%%%% ____ \\\\ '' ;; -- !! ||")]
    [InlineData("bridge\0budget\0twice\0spending")]
    public async Task Odd_or_short_text_finds_nothing_or_something_but_never_fails(string typed)
    {
        await Should.NotThrowAsync(() => Similar.FindAsync(typed, 10, default));
        await Should.NotThrowAsync(() => Similar.FindAsync(new string('x', 100_000) + typed, 10, default));
    }

    [Fact]
    public async Task One_click_records_the_sighting_as_an_appearance_of_the_existing_claim_in_its_history()
    {
        var place = Place();
        var story = await new ClaimStories(db.App.Writer) { Statement = $"The hospital in {place} has no doctors at night." }.RegisterAsync("Hospital Person");
        var existing = (await Similar.FindAsync($"The {place} hospital has no doctors at night", 5, default)).ShouldHaveSingleItem();
        var sighting = new RecordAppearance("Radio Sur", "https://radio.example.org/doctors", new DateOnly(2025, 3, 2), null);

        await Actions.RunAsync(await Person("intake-reporter", DeskRoles.Reporter), Guid.NewGuid(), existing.Id, existing.Version, sighting);

        await using var session = db.App.Store.QuerySession();
        var claim = (await session.LoadAsync<Web.Features.Claims.Claim>(story.ClaimId))!;
        claim.Appearances.Select(a => a.Outlet).ShouldBe(["Evening News", "Radio Sur"]);
        var events = await session.Events.FetchStreamAsync(story.ClaimId);
        events[^1].Data.ShouldBeOfType<AppearanceRecorded>().By.Name.ShouldBe("Person intake-reporter");
        // No second claim: the statement still finds exactly the one.
        (await Similar.FindAsync($"The {place} hospital has no doctors at night", 5, default)).ShouldHaveSingleItem().Id.ShouldBe(story.ClaimId);
    }

    [Fact]
    public async Task Someone_without_a_desk_role_cannot_record_the_appearance_and_nothing_is_written()
    {
        var place = Place();
        var story = await new ClaimStories(db.App.Writer) { Statement = $"The schools of {place} have no teachers of maths." }.RegisterAsync("School Person");
        var sighting = new RecordAppearance("Radio Sur", null, new DateOnly(2025, 3, 2), null);
        var nobody = await Person("intake-nobody");

        await Should.ThrowAsync<DeskActionForbidden>(() => Actions.RunAsync(nobody, Guid.NewGuid(), story.ClaimId, story.Version, sighting));

        await using var session = db.App.Store.QuerySession();
        (await session.Events.FetchStreamStateAsync(story.ClaimId))!.Version.ShouldBe(story.Version);
    }
}
