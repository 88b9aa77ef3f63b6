using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>
/// The list's query parameters as they arrive, all text: the OpenAPI document describes them from here, and
/// <see cref="ClaimListQuery.Read"/> checks them, so a bad value gets a sentence naming it instead of a binding error.
/// </summary>
public sealed record ClaimListParameters(
    [property: FromQuery(Name = "updatedSince")]
    [property: Description("Only claims published, revised, corrected or retracted, or whose translation was approved or withdrawn, at or after this time: an ISO 8601 date (2025-03-01, midnight UTC) or date-time (2025-03-01T09:30:00Z, 2025-03-01T10:30:00%2B01:00).")]
    string? UpdatedSince,
    [property: FromQuery(Name = "claimant")]
    [property: Description("Only claims by this claimant: the slug from /api/v1/claimants (as in /claimants/{slug}).")]
    string? Claimant,
    [property: FromQuery(Name = "topic")]
    [property: Description("Only claims filed under this topic: the slug from /api/v1/topics (as in /topics/{slug}).")]
    string? Topic,
    [property: FromQuery(Name = "rating")]
    [property: Description("Only claims whose current verdict has this rating: a key from /api/v1/ratings, such as false.")]
    string? Rating,
    [property: FromQuery(Name = "size")]
    [property: Description("Claims per page, 1 to 100; 20 when left out.")]
    string? Size,
    [property: FromQuery(Name = "cursor")]
    [property: Description("Where the page starts: copy it from the previous page's 'next' link. Left out, the list starts at the newest change.")]
    string? Cursor,
    [property: FromQuery(Name = "includeRetracted")]
    [property: Description("true also lists retracted claims (marked retracted, with the reason and without a rating), so a copy kept in sync can drop them. false when left out.")]
    string? IncludeRetracted,
    [property: FromQuery(Name = "language")]
    [property: Description("Only claims written in this language: one of the newsroom's language tags, such as en or es (each claim's 'language').")]
    string? Language = null)
{
    public static ClaimListParameters From(IQueryCollection query) => new(
        query["updatedSince"], query["claimant"], query["topic"], query["rating"], query["size"], query["cursor"], query["includeRetracted"], query["language"]);
}
