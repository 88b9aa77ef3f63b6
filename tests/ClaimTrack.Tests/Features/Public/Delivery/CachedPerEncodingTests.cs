using ClaimTrack.Web.Features.Public.Delivery;
using ClaimTrack.Web.Infrastructure.Observability;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection;

namespace ClaimTrack.Tests.Features.Public.Delivery;

/// <summary>The cache keys a reader page on the encoding it will be sent in, not on how Accept-Encoding was spelt.</summary>
public sealed class CachedPerEncodingTests
{
    [Theory]
    [InlineData(null, "identity")]
    [InlineData("gzip, deflate, br", "br")]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("GZIP", "gzip")]
    [InlineData("br;q=0, gzip;q=0", "identity")]
    [InlineData("identity;q=1, br;q=0.9", "identity")]
    [InlineData("deflate", "identity")]
    [InlineData("*", "br")]
    [InlineData("q=;;,,", "identity")]
    public async Task The_key_names_the_chosen_encoding(string? accept, string expected)
    {
        var http = new DefaultHttpContext();
        if (accept is not null) http.Request.Headers.AcceptEncoding = accept;
        var context = new OutputCacheContext { HttpContext = http };

        await new CachedPerEncoding(Compression()).CacheRequestAsync(context, default);

        context.CacheVaryByRules.VaryByValues["encoding"].ShouldBe(expected);
        ReaderDelivery.IsReaderAnswer(http).ShouldBeTrue("the policy marks the request for the delivery middleware");
    }

    [Fact]
    public void A_request_the_public_policy_did_not_see_is_not_a_reader_answer() =>
        ReaderDelivery.IsReaderAnswer(new DefaultHttpContext()).ShouldBeFalse();

    private static IResponseCompressionProvider Compression()
    {
        var services = new ServiceCollection().AddLogging().AddMetrics().AddSingleton(TimeProvider.System).AddSingleton<NewsroomMetrics>();
        services.AddReaderDelivery();
        return services.BuildServiceProvider().GetRequiredService<IResponseCompressionProvider>();
    }
}
