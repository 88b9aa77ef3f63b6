using System.Linq.Expressions;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using ClaimTrack.Web.Features.Public.Translations;
using Marten;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.Public.Feeds;

public static class FeedEndpoints
{
    private const int Items = 50;

    /// <summary>A feed reads ?lang= only (one language's claims): the cache keys on it; a malformed tag is never looked up.</summary>
    public static readonly ReaderQuery Follows = new(query => LanguageOf(query) switch
    {
        (false, _) => null,
        (true, null) => "",
        (true, var language) => $"lang={language}",
    });

    private static (bool Ok, string? Language) LanguageOf(IQueryCollection query) =>
        query["lang"].ToString().Trim().ToLowerInvariant() is { Length: > 0 } tag
            ? (NewsroomLanguages.IsTag(tag), tag)
            : (true, null);

    public static void MapFeeds(this IEndpointRouteBuilder app)
    {
        var feeds = app.MapGroup("/feeds").CacheOutput(PublicCache.Policy).AddEndpointFilter(ReaderHeaders.AddAsync);
        foreach (var format in new[] { "rss", "atom" })
        {
            feeds.MapReaderGet($"/verdicts.{format}", (HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, (_, _, _) => Task.FromResult<string?>("All verdicts"), $"/feeds/verdicts.{format}", _ => true, http, s, o), Follows);
            feeds.MapReaderGet($"/topics/{{slug}}.{format}", (string slug, HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, (first, session, ct) => TopicTitleAsync(slug, first, session, ct), $"/feeds/topics/{slug}.{format}",
                    TopicFilter.Holds<VerdictUpdate>(slug), http, s, o), Follows);
            feeds.MapReaderGet($"/claimants/{{slug}}.{format}", (string slug, HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, (first, _, _) => Task.FromResult<string?>(first is null ? null : $"Claimant: {first.ClaimantName}"),
                    $"/feeds/claimants/{slug}.{format}", u => u.ClaimantSlug == slug, http, s, o), Follows);
            feeds.MapReaderGet($"/claims/{{id:guid}}.{format}", (Guid id, HttpContext http, IQuerySession s, IOptions<PublicSiteOptions> o) =>
                FeedAsync(format, (first, _, _) => Task.FromResult<string?>(first is null ? null : $"Updates to “{first.Statement}”"),
                    $"/feeds/claims/{id}.{format}", u => u.ClaimId == id, http, s, o), Follows);
        }
    }

    /// <summary>A topic's feed is titled with the topic's name as published, which the updates (slugs only) do not carry.</summary>
    private static async Task<string?> TopicTitleAsync(string slug, VerdictUpdate? first, IQuerySession session, CancellationToken ct)
    {
        if (first is null) return null;
        // The newest update's claim is filed under the topic in its published content: the name is there.
        var claim = await session.LoadAsync<ReaderClaim>(first.ClaimId, ct);
        return $"Topic: {claim?.Content.Topics.FirstOrDefault(t => Slugs.From(t) == slug) ?? slug}";
    }

    /// <summary>
    /// When any translation last reached or left readers, for a feed that follows a language: a withdrawn translation
    /// takes its claim out of the feed, and nothing left in it would date that change, so without this a client asking
    /// If-Modified-Since would be told nothing changed. Newsroom-wide, so it can move for another claim's translation:
    /// that costs a feed reader one fetch, never a missed change. The max() reads one entry of its index.
    /// </summary>
    internal static string LatestTranslationChangeSql(string schema) =>
        $"select max({schema}.mt_immutable_timestamptz(data ->> 'TranslationsChangedAt')) from {schema}.{ReaderClaim.Table}";

    private static async Task<DateTimeOffset?> LatestTranslationChangeAsync(IQuerySession session, CancellationToken ct)
    {
        var rows = await session.QueryAsync<string>(
            $"select coalesce((extract(epoch from ({LatestTranslationChangeSql(session.DocumentStore.Options.DatabaseSchemaName)})) * 1000000)::bigint::text, '')", ct);
        return rows.Single() is { Length: > 0 } micros
            ? DateTimeOffset.UnixEpoch.AddTicks(long.Parse(micros, System.Globalization.CultureInfo.InvariantCulture) * 10)
            : null;
    }

    /// <summary>The followed language's translations of the listed claims written in another language.</summary>
    private static async Task<Dictionary<Guid, FeedTranslation>> TranslatedAsync(
        IReadOnlyList<VerdictUpdate> updates, string language, PublicContext site, IQuerySession session, CancellationToken ct)
    {
        var others = updates.Where(u => u.Language != language).Select(u => u.ClaimId).Distinct().ToArray();
        if (others.Length == 0) return [];
        var translated = new Dictionary<Guid, FeedTranslation>();
        foreach (var claim in await session.LoadManyAsync<ReaderClaim>(ct, others))
            if (PublishedTranslations.Into(claim, language) is { } translation)
                translated[claim.Id] = new FeedTranslation(translation, PublishedTranslations.PagePath(claim, language, site));
        return translated;
    }

    private static async Task<IResult> FeedAsync(
        string format, Func<VerdictUpdate?, IQuerySession, CancellationToken, Task<string?>> titleOf, string path, Expression<Func<VerdictUpdate, bool>> filter,
        HttpContext http, IQuerySession session, IOptions<PublicSiteOptions> options)
    {
        var site = await PublicContext.LoadAsync(http, session, options);
        var newsroom = http.RequestServices.GetRequiredService<IOptions<NewsroomOptions>>().Value;
        var (ok, language) = LanguageOf(http.Request.Query);
        if (!ok || (language is not null && !NewsroomLanguages.IsConfigured(newsroom, language)))
            return Results.Text($"A feed follows one of the newsroom's languages, {NewsroomLanguages.Listed(newsroom)}: use ?lang= with its tag, or no lang for all of them.",
                "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);
        var updates = session.Query<VerdictUpdate>().Where(filter);
        if (language is not null) updates = updates.Where(LanguageFilter.StepsIn(language));
        var newest = await updates.OrderByDescending(u => u.At).Take(Items).ToListAsync(http.RequestAborted);
        var translated = language is null ? null : await TranslatedAsync(newest, language, site, session, http.RequestAborted);
        // The site-wide feed may be empty on a new install; a feed for an unknown claimant, topic or claim has no title: a 404.
        var named = await titleOf(newest.Count == 0 ? null : newest[0], session, http.RequestAborted);
        if (named is null) return Results.NotFound();
        if (language is not null) (named, path) = ($"{named} ({NewsroomLanguages.NativeName(language)})", $"{path}?lang={language}");
        var translationsChangedAt = language is null ? null : await LatestTranslationChangeAsync(session, http.RequestAborted);
        var feed = FeedWriter.Write(format, $"{site.SiteName}: {named}", path, site, newest, language ?? NewsroomLanguages.Default(newsroom), translated,
            translationsChangedAt);

        // Its ETag, and the 304s, come from Delivery/ReaderValidators and the output cache, as for every reader answer.
        http.Response.GetTypedHeaders().LastModified = feed.LastModified;
        return Results.Bytes(feed.Body, feed.ContentType);
    }

}
