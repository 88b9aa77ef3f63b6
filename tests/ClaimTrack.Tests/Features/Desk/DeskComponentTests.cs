using Bunit;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Pages;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Desk;

/// <summary>bUnit: the desk's components rendered with MudBlazor, no server, no database.</summary>
public sealed class DeskComponentTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public DeskComponentTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        // The review cards' scheduling control shows times on the newsroom's clock.
        Services.AddSingleton(NewsroomTime.Utc);
        Services.AddSingleton(TimeProvider.System);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public async Task The_review_list_shows_the_proposal_and_sends_back_only_with_a_comment()
    {
        var claim = Given(Registered(), EvidenceAttached(), Proposed(rating: "mostly-false"));
        (Claim, string)? sentBack = null;
        var list = Render<ReviewList>(p => p
            .Add(c => c.Items, [claim])
            .Add(c => c.Scale, Scale)
            .Add(c => c.OnSendBack, EventCallback.Factory.Create<(Claim, string)>(this, v => sentBack = v)));

        list.Find(".proposed-rating").TextContent.ShouldBe("Mostly false");
        list.Markup.ShouldContain("<strong>71%</strong>");
        var sendBack = list.FindAll("button").Single(b => b.TextContent.Contains("Send back", StringComparison.Ordinal));
        sendBack.HasAttribute("disabled").ShouldBeTrue();

        // Awaited: the button is enabled by the comment's change handler, and the callback runs in the click's.
        await list.Find("textarea, input").ChangeAsync("Cite the council's table.");
        await list.FindAll("button").Single(b => b.TextContent.Contains("Send back", StringComparison.Ordinal)).ClickAsync(new MouseEventArgs());

        sentBack!.Value.Item2.ShouldBe("Cite the council's table.");
    }

    [Fact]
    public void The_review_list_says_when_nothing_waits()
    {
        Render<ReviewList>(p => p.Add(c => c.Items, []).Add(c => c.Scale, Scale)).Markup.ShouldContain("Nothing waits for your review.");
    }

    [Fact]
    public async Task The_conflict_notice_names_the_newer_change_and_offers_a_reload_that_keeps_the_text()
    {
        var reloaded = false;
        var notice = Render<ConflictNotice>(p => p
            .Add(c => c.Conflict, new ClaimEditConflict(ClaimId, 3, 4, "Rosa Díaz attached evidence \"Census\""))
            .Add(c => c.OnReload, EventCallback.Factory.Create(this, () => reloaded = true)));

        notice.Markup.ShouldContain("Rosa Díaz attached evidence");
        await notice.Find("button").ClickAsync(new MouseEventArgs());

        reloaded.ShouldBeTrue();
    }

    [Fact]
    public async Task The_verdict_dialog_refuses_empty_fields_and_renders_a_sanitized_preview()
    {
        Render<MudPopoverProvider>();
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        var parameters = new DialogParameters<VerdictDialog> { { d => d.Scale, RatingScale.Default() }, { d => d.IsRevision, true } };
        var reference = await provider.InvokeAsync(() => dialogs.ShowAsync<VerdictDialog>("Propose", parameters));

        // MudForm validates asynchronously: wait for the messages rather than reading the markup once.
        provider.WaitForAssertion(() => provider.Markup.ShouldContain("Propose for review"), Patience);
        provider.FindAll("button").Single(b => b.TextContent.Contains("Propose for review", StringComparison.Ordinal)).Click();

        provider.WaitForAssertion(() =>
        {
            provider.Markup.ShouldContain("Choose a rating.");
            provider.Markup.ShouldContain("Write a one-line summary.");
            provider.Markup.ShouldContain("Say why the verdict changes.");
        }, Patience);
        reference.Result.IsCompleted.ShouldBeFalse();

        await provider.FindAll("textarea")[0].InputAsync("**Bold** <script>alert(1)</script>");
        provider.FindAll(".mud-tab")[^1].Click();
        provider.WaitForAssertion(() => provider.Find(".verdict-preview").InnerHtml.ShouldContain("<strong>Bold</strong>"), Patience);
        provider.Find(".verdict-preview").InnerHtml.ShouldNotContain("<script>");
    }

    [Fact]
    public async Task The_claim_form_says_not_saved_at_its_button_keeps_the_text_and_lets_the_editor_retry()
    {
        Services.AddSingleton(new DeskQueries(null!)); // the topic picker's suggestions; nothing here asks for them
        Render<MudPopoverProvider>();
        var form = ClaimForm.From(Given(Registered()));
        var tries = 0;
        var editor = Render<ClaimEditor>(p => p
            .Add(c => c.Form, form)
            .Add(c => c.Save, () => { tries++; return Task.FromResult(DeskOutcome.Unavailable); }));

        await editor.FindAll("textarea")[1].ChangeAsync(new ChangeEventArgs { Value = "Typed while the database was down." });
        await SaveButton(editor).ClickAsync(new MouseEventArgs());

        editor.WaitForAssertion(() => editor.Find(".save-problem").TextContent.ShouldContain(DeskOutcome.NotAnswering), Patience);
        form.Context.ShouldBe("Typed while the database was down.");
        editor.FindAll("textarea")[1].GetAttribute("value").ShouldBe("Typed while the database was down.");

        // The button works again: the editor retries without reloading.
        editor.WaitForAssertion(() => SaveButton(editor).HasAttribute("disabled").ShouldBeFalse(), Patience);
        await SaveButton(editor).ClickAsync(new MouseEventArgs());
        editor.WaitForAssertion(() => tries.ShouldBe(2), Patience);
    }

    private static AngleSharp.Dom.IElement SaveButton(IRenderedComponent<ClaimEditor> editor) =>
        editor.FindAll("button").Single(b => b.TextContent.Contains("Save the claim", StringComparison.Ordinal));
}
