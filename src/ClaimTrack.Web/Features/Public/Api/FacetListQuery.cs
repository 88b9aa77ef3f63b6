using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>The query parameters of the claimant and topic lists, as they arrive.</summary>
public sealed record FacetListParameters(
    [property: FromQuery(Name = "page")]
    [property: Description("The page, from 1 (the default) to 1000.")]
    string? Page,
    [property: FromQuery(Name = "size")]
    [property: Description("Entries per page, 1 to 100; 20 when left out.")]
    string? Size)
{
    public static FacetListParameters From(IQueryCollection query) => new(query["page"], query["size"]);
}

/// <summary>A page of claimants or topics: a page number (these lists are short, and ordered by slug, which rarely moves).</summary>
public sealed record FacetListQuery(int Page, int Size)
{
    public static readonly ReaderQuery Reads = new(query => Read(FacetListParameters.From(query)).Query?.Canonical(null));

    public int Skip => (Page - 1) * Size;

    public static (FacetListQuery? Query, ApiProblem? Problem) Read(FacetListParameters parameters)
    {
        if (!Paging.TryRead(parameters.Page, out var page)) return (null, new ApiProblem("page", Paging.BadPageMessage));
        var size = ClaimListQuery.DefaultSize;
        if (!string.IsNullOrWhiteSpace(parameters.Size) &&
            (!int.TryParse(parameters.Size.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > ClaimListQuery.MaxSize))
            return (null, new ApiProblem("size", $"Use a whole number of entries per page from 1 to {ClaimListQuery.MaxSize}."));
        return (new FacetListQuery(page, size), null);
    }

    /// <summary>This query in one spelling, or the next page's when <paramref name="page"/> is given.</summary>
    public string Canonical(int? page) => string.Create(CultureInfo.InvariantCulture, $"page={page ?? Page}&size={Size}");
}
