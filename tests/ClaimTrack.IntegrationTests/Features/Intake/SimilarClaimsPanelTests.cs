using Bunit;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Intake;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ClaimTrack.IntegrationTests.Features.Intake;

/// <summary>The register form's panel (bUnit) over the real query and database: what it lists, and what a click hands back.</summary>
public sealed class SimilarClaimsPanelTests : BunitContext, IClassFixture<ClaimsDatabase>
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ClaimsDatabase _db;

    public SimilarClaimsPanelTests(ClaimsDatabase db)
    {
        _db = db;
        Services.AddMudServices();
        Services.AddFallbackServiceProvider(db.App.Services);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public async Task The_panel_lists_the_claim_that_says_the_same_and_hands_it_back_on_the_click()
    {
        var place = "Villa " + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + c % 26)));
        var story = await new ClaimStories(_db.App.Writer) { Statement = $"The port of {place} handled a record tonnage of grain." }
            .PublishedAsync("Harbour Board");
        SimilarClaim? chosen = null;

        var panel = Render<SimilarClaimsPanel>(p => p
            .Add(x => x.Statement, $"The port of {place} handled record grain tonnage")
            .Add(x => x.CanRecord, false)
            .Add(x => x.OnSameClaim, EventCallback.Factory.Create<SimilarClaim>(this, c => chosen = c)));

        panel.WaitForAssertion(() =>
        {
            panel.Markup.ShouldContain($"The port of {place} handled a record tonnage of grain.");
            panel.Markup.ShouldContain("Harbour Board; published; verdict: false");
            panel.Markup.ShouldContain($"/desk/claims/{story.ClaimId}");
        }, Patience);
        // Without the outlet and the date there is nothing to record yet.
        panel.Markup.ShouldContain("Fill in the outlet and the date");
        panel.Find("button").HasAttribute("disabled").ShouldBeTrue();

        panel.Render(p => p.Add(x => x.CanRecord, true));
        panel.Find("button").Click();

        chosen.ShouldNotBeNull().Id.ShouldBe(story.ClaimId);
    }
}
