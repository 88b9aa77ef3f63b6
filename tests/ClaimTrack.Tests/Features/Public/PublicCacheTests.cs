using ClaimTrack.Web.Features.Public;
using ClaimTrack.Web.Features.Public.Pages;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;

namespace ClaimTrack.Tests.Features.Public;

/// <summary>The reader pages' output cache policy, run on a request that never leaves memory.</summary>
public sealed class PublicCacheTests
{
    private static async Task<OutputCacheContext> CacheRequestAsync(string query, ReaderQuery? reads = null, Guid? claimId = null)
    {
        var http = new DefaultHttpContext();
        http.Request.QueryString = new QueryString(query);
        http.SetEndpoint(new Endpoint(null, new EndpointMetadataCollection(reads ?? ReaderQuery.None), "reader page"));
        if (claimId is { } id) http.Request.RouteValues["id"] = id.ToString();
        var context = new OutputCacheContext { HttpContext = http, AllowCacheLookup = true, AllowCacheStorage = true };
        await new PublicCacheTags().CacheRequestAsync(context, default);
        return context;
    }

    private static async Task<string> KeyAsync(string query, ReaderQuery reads)
    {
        var context = await CacheRequestAsync(query, reads);
        (context.AllowCacheLookup, context.AllowCacheStorage).ShouldBe((true, true), query);
        context.CacheVaryByRules.QueryKeys.Count.ShouldBe(0);
        context.CacheVaryByRules.VaryByHost.ShouldBeFalse();
        return context.CacheVaryByRules.VaryByValues["query"];
    }

    [Theory]
    [InlineData("")]
    [InlineData("?page=1")]
    [InlineData("?page=0001")]
    [InlineData("?page=+1")]
    [InlineData("?page=%2B1")]
    [InlineData("?PAGE=1")]
    [InlineData("?page=1&utm_source=newsletter&fbclid=x")]
    public async Task Every_spelling_of_the_first_page_is_one_key(string query) =>
        (await KeyAsync(query, ReaderQuery.Paged)).ShouldBe("page=1");

    [Fact]
    public async Task A_page_that_reads_no_query_has_one_key_whatever_the_query() =>
        (await KeyAsync("?page=7&q=x&nocache=1738", ReaderQuery.None)).ShouldBe("");

    [Fact]
    public async Task A_search_is_keyed_on_what_it_reads_written_one_way()
    {
        var key = await KeyAsync("?q=turnout&rating=false&page=2", SearchEndpoint.Reads);

        (await KeyAsync("?Q=+turnout+&RATING=false&page=002&ref=home", SearchEndpoint.Reads)).ShouldBe(key);
        (await KeyAsync("?q=turnout&rating=true&page=2", SearchEndpoint.Reads)).ShouldNotBe(key);
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?page=one")]
    [InlineData("?page=1&page=2")]
    public async Task A_query_the_page_refuses_is_neither_looked_up_nor_stored(string query)
    {
        var context = await CacheRequestAsync(query, ReaderQuery.Paged);

        (context.AllowCacheLookup, context.AllowCacheStorage).ShouldBe((false, false));
    }

    [Fact]
    public async Task A_claims_page_is_tagged_with_its_claim_and_a_listing_with_the_listings()
    {
        var id = Guid.NewGuid();

        (await CacheRequestAsync("", claimId: id)).Tags.ShouldBe([PublicCache.EverythingTag, PublicCache.ClaimTag(id)], ignoreOrder: true);
        (await CacheRequestAsync("?q=x")).Tags.ShouldBe([PublicCache.EverythingTag, PublicCache.ListingsTag], ignoreOrder: true);
    }

    [Fact]
    public async Task Browsers_are_told_to_revalidate_every_time()
    {
        var context = await CacheRequestAsync("?utm_source=x");

        context.HttpContext.Response.Headers.CacheControl.ToString().ShouldBe("public, max-age=0, must-revalidate");
    }
}
