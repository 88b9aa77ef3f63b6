using ClaimTrack.Web.Features.Public;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace ClaimTrack.Tests.Features.Public;

/// <summary>The reader pages' output cache policy, run on a request that never leaves memory.</summary>
public sealed class PublicCacheTests
{
    private static async Task<OutputCacheContext> CacheRequestAsync(string query, Guid? claimId = null)
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString(query);
        if (claimId is { } id) http.Request.RouteValues["id"] = id.ToString();
        var context = new OutputCacheContext { HttpContext = http, AllowCacheStorage = true };
        await new PublicCacheTags().CacheRequestAsync(context, default);
        return context;
    }

    [Theory]
    [InlineData("")]
    [InlineData("?page=2")]
    [InlineData("?q=turnout&rating=false&claimant=ana-ruiz&topic=elections&from=2025-01-01&to=2025-03-01&page=3")]
    [InlineData("?Q=turnout&PAGE=2")]
    public async Task Addresses_with_only_the_keys_reader_pages_read_are_stored(string query) =>
        (await CacheRequestAsync(query)).AllowCacheStorage.ShouldBeTrue();

    [Theory]
    [InlineData("?utm_source=newsletter")]
    [InlineData("?page=2&nocache=1738")]
    [InlineData("?q=turnout&fbclid=abc")]
    [InlineData("?pages=2")]
    public async Task An_address_with_a_key_no_reader_page_reads_is_not_stored(string query) =>
        (await CacheRequestAsync(query)).AllowCacheStorage.ShouldBeFalse();

    [Fact]
    public async Task A_claims_page_is_tagged_with_its_claim_and_a_listing_with_the_listings()
    {
        var id = Guid.NewGuid();

        (await CacheRequestAsync("", id)).Tags.ShouldBe([PublicCache.EverythingTag, PublicCache.ClaimTag(id)], ignoreOrder: true);
        (await CacheRequestAsync("?q=x")).Tags.ShouldBe([PublicCache.EverythingTag, PublicCache.ListingsTag], ignoreOrder: true);
    }

    [Fact]
    public async Task Browsers_are_told_to_revalidate_every_time()
    {
        var context = await CacheRequestAsync("?utm_source=x");

        context.HttpContext.Response.Headers.CacheControl.ToString().ShouldBe("public, max-age=0, must-revalidate");
    }
}
