using Bunit;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Workspace;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Desk.Workspace;

/// <summary>One piece of news, one notice: someone else's change is heard of twice (the claim-changed channel, then
/// this page's own save meeting the newer version), and the workspace says it once.</summary>
public sealed class ChangeNoticeTests : BunitContext
{
    private const string What = "Daniel Okafor edited the context";

    public ChangeNoticeTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void A_save_that_meets_the_change_already_announced_shows_one_notice()
    {
        var notice = Render<ChangeNotice>(p => p
            .Add(c => c.Newer, new ClaimChange(ClaimId, 4, What))
            .Add(c => c.Conflict, new ClaimEditConflict(ClaimId, 3, 4, What)));

        notice.FindAll(".mud-alert").Count.ShouldBe(1);
        notice.Find(".mud-alert").TextContent.ShouldContain("Your change was not saved.");
        notice.Markup.Split(What).Length.ShouldBe(2); // the change is named once
    }

    [Fact]
    public void A_change_heard_of_before_any_save_is_announced_with_a_reload()
    {
        var notice = Render<ChangeNotice>(p => p.Add(c => c.Newer, new ClaimChange(ClaimId, 4, What)));

        notice.Find(".newer-change").TextContent.ShouldContain($"Someone else changed this claim: {What}");
        notice.FindAll(".mud-alert").Count.ShouldBe(1);
    }

    [Fact]
    public void Nothing_new_means_no_notice()
    {
        Render<ChangeNotice>().FindAll(".mud-alert").ShouldBeEmpty();
    }
}
