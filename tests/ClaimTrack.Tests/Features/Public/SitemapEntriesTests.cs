using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Public;

namespace ClaimTrack.Tests.Features.Public;

/// <summary>A translated claim's addresses fill a sitemap file only up to the protocol's 50,000, whatever else the file holds.</summary>
public sealed class SitemapEntriesTests
{
    private static readonly NewsroomOptions Newsroom = new() { Languages = ["en", "es"] };
    private static readonly DateTimeOffset At = new(2025, 6, 3, 12, 0, 0, TimeSpan.Zero);

    private static Sitemaps.SitemapClaim Translated(int n) => new(Guid.NewGuid(), $"claim-{n}", At, "en", ["es"], At);

    [Fact]
    public void Each_translated_claim_is_followed_by_its_translated_address()
    {
        var entries = Sitemaps.ClaimEntries([Translated(1), Translated(2)], Newsroom, alongside: 0);

        entries.Select(e => e.Path.StartsWith("/es/", StringComparison.Ordinal)).ShouldBe([false, true, false, true]);
    }

    [Fact]
    public void The_pages_in_the_same_file_count_against_the_protocols_limit()
    {
        // A one-file sitemap: the topic and claimant pages, then two translated claims; room for one translated address.
        var pages = Sitemaps.ProtocolLimit - 3;

        var entries = Sitemaps.ClaimEntries([Translated(1), Translated(2)], Newsroom, alongside: pages);

        (pages + entries.Count).ShouldBe(Sitemaps.ProtocolLimit);
        entries.Count(e => e.Path.StartsWith("/es/", StringComparison.Ordinal)).ShouldBe(1);
    }
}
