using ClaimTrack.Web.Features.Public.Api;

namespace ClaimTrack.Tests.Features.Public.Api;

public sealed class FacetListQueryTests
{
    [Theory]
    [InlineData(null, null, 1, 20)]
    [InlineData("3", "100", 3, 100)]
    [InlineData(" 2 ", "007", 2, 7)]
    public void Pages_and_sizes_within_bounds_are_read(string? page, string? size, int expectedPage, int expectedSize)
    {
        var query = FacetListQuery.Read(new FacetListParameters(page, size)).Query!;

        (query.Page, query.Size).ShouldBe((expectedPage, expectedSize));
        query.Skip.ShouldBe((expectedPage - 1) * expectedSize);
    }

    [Theory]
    [InlineData("0", null, "page")]
    [InlineData("1001", null, "page")]
    [InlineData("x", null, "page")]
    [InlineData(null, "0", "size")]
    [InlineData(null, "101", "size")]
    [InlineData(null, "-1", "size")]
    public void Others_name_their_parameter(string? page, string? size, string parameter) =>
        FacetListQuery.Read(new FacetListParameters(page, size)).Problem!.Parameter.ShouldBe(parameter);
}
