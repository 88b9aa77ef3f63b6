using Bunit;
using ClaimTrack.Web.Features.Archive;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Archive;
using ClaimTrack.Web.Features.Desk;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace ClaimTrack.Tests.Features.Archive;

/// <summary>bUnit: what the workspace says under a piece of evidence about its source.</summary>
public sealed class SourceMarkTests : BunitContext
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly ArchiveOptions Options = new() { VanishedAfter = 1 };

    public SourceMarkTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(NewsroomTime.Utc);
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    private static EvidenceSource Kept()
    {
        var source = SourceDecisions.Watch(Guid.NewGuid(), Guid.NewGuid(), "Turnout", "https://elections.example.org/turnout", Now);
        SourceDecisions.Kept(source, new FetchedSource(200, "text/html", new byte[2048], "9f2c4e6a8b0d1f3a5c7e9b1d3f5a7c9e"), Options, Now);
        return source;
    }

    [Fact]
    public void A_kept_copy_is_named_with_its_size_and_hash()
    {
        var mark = Render<SourceMark>(p => p.Add(c => c.Source, Kept()));

        mark.Markup.ShouldContain("Archived copy");
        mark.Markup.ShouldContain("2 KB, SHA-256 9f2c4e6a8b0d…");
        mark.FindAll("[data-mark]").ShouldBeEmpty();
    }

    [Fact]
    public void A_changed_and_a_vanished_source_are_marked()
    {
        var changed = Kept();
        SourceDecisions.Checked(changed, "different", Options, Now.AddDays(1));
        var gone = Kept();
        SourceDecisions.CheckFailed(gone, "The address answered 404 Not Found.", Options, Now.AddDays(2));

        Render<SourceMark>(p => p.Add(c => c.Source, changed)).Find("[data-mark=changed]").TextContent.ShouldContain("Source changed");
        Render<SourceMark>(p => p.Add(c => c.Source, gone)).Find("[data-mark=vanished]").TextContent.ShouldContain("Link broken since");
    }

    [Fact]
    public void A_source_given_up_says_why()
    {
        var source = SourceDecisions.Watch(Guid.NewGuid(), Guid.NewGuid(), "Turnout", "http://10.0.0.5/", Now);
        SourceDecisions.Failed(source, "The address 10.0.0.5 leads to 10.0.0.5, which is not on the public internet.", new ArchiveOptions { Attempts = 1 }, 0.5, Now);

        Render<SourceMark>(p => p.Add(c => c.Source, source)).Markup.ShouldContain("No archived copy: The address 10.0.0.5");
    }
}
