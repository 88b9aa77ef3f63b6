using Bunit;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk.Workspace;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ClaimTrack.Tests.Features.Desk.Workspace;

/// <summary>bUnit: the workspace's links, times and the notice of restored text, with a stopped clock.</summary>
public sealed class WorkspaceComponentTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2026, 11, 29, 15, 0, 0, TimeSpan.Zero);

    public WorkspaceComponentTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(NewsroomTime.From("America/Caracas"));
        Services.AddSingleton<TimeProvider>(new StoppedClock(Now));
        Services.AddSingleton(new DeskDates(null, NewsroomTime.From("America/Caracas")));
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void A_source_address_opens_in_a_new_tab_without_a_handle_on_the_desk()
    {
        var link = Render<SourceLink>(p => p.Add(c => c.Address, "https://stats.example.org/census")).Find("a");

        link.GetAttribute("href").ShouldBe("https://stats.example.org/census");
        link.GetAttribute("target").ShouldBe("_blank");
        link.GetAttribute("rel").ShouldBe("noopener noreferrer");
    }

    [Fact]
    public void A_javascript_address_is_shown_as_text_never_as_a_link()
    {
        var shown = Render<SourceLink>(p => p.Add(c => c.Address, "javascript:alert(document.cookie)"));

        shown.FindAll("a").ShouldBeEmpty();
        shown.Find(".source-address").TextContent.ShouldBe("javascript:alert(document.cookie)");
        shown.Markup.ShouldNotContain("href");
    }

    [Fact]
    public void A_time_says_how_long_ago_with_the_newsrooms_exact_time_on_hover()
    {
        var time = Render<NewsroomWhen>(p => p.Add(c => c.At, Now.AddHours(-3))).Find("time");

        time.TextContent.ShouldBe("3 hours ago");
        time.GetAttribute("title").ShouldBe("2026-11-29 08:00 UTC-04:00");
        time.GetAttribute("datetime").ShouldBe("2026-11-29T12:00:00Z");
    }

    [Fact]
    public async Task Restored_text_is_announced_with_its_time_and_can_be_discarded()
    {
        var discarded = false;
        var plan = DraftPlan.For([new Draft("Context", 4, "Typed before the crash", Now.AddMinutes(-10))], 4, _ => null);
        var notice = Render<DraftNotice>(p => p
            .Add(c => c.Plan, plan)
            .Add(c => c.Current, _ => null)
            .Add(c => c.OnDiscard, EventCallback.Factory.Create(this, () => discarded = true)));

        notice.Find(".draft-notice").TextContent.ShouldContain("Restored unsaved text from 2026-11-29 10:50 UTC-04:00 (10 minutes ago): Context.");
        await notice.FindAll("button").Single(b => b.TextContent.Contains("Discard", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());

        discarded.ShouldBeTrue();
    }

    [Fact]
    public async Task Text_typed_before_a_newer_save_is_shown_beside_it_and_the_editor_chooses()
    {
        var used = false;
        var plan = DraftPlan.For([new Draft("Statement", 3, "My older wording", Now.AddHours(-1))], 4, _ => "Their newer wording");
        var notice = Render<DraftNotice>(p => p
            .Add(c => c.Plan, plan)
            .Add(c => c.Current, _ => "Their newer wording")
            .Add(c => c.OnUse, EventCallback.Factory.Create(this, () => used = true)));

        var text = notice.Find(".draft-notice").TextContent;
        text.ShouldContain("Saved now: Their newer wording");
        text.ShouldContain("Your unsaved text: My older wording");
        await notice.FindAll("button").Single(b => b.TextContent.Contains("Use my unsaved text", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());

        used.ShouldBeTrue();
    }

    [Fact]
    public void Kept_text_and_field_names_are_shown_as_text_never_as_markup()
    {
        // Storage is the browser's: whatever a key or a value holds, the notice prints it, it never builds elements of it.
        const string Hostile = "<img src=x onerror=alert(1)>";
        var plan = DraftPlan.For([new Draft(Hostile, 3, Hostile, Now.AddHours(-1))], 4, _ => null);
        var notice = Render<DraftNotice>(p => p.Add(c => c.Plan, plan).Add(c => c.Current, _ => Hostile));

        notice.FindAll("img").ShouldBeEmpty();
        notice.Find(".draft-notice").TextContent.ShouldContain($"Your unsaved text: {Hostile}");
    }

    [Fact]
    public void Nothing_kept_means_no_notice()
    {
        Render<DraftNotice>(p => p.Add(c => c.Plan, DraftPlan.Nothing)).FindAll(".draft-notice").ShouldBeEmpty();
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
