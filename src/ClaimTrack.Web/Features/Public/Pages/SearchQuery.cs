using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using Microsoft.AspNetCore.WebUtilities;

namespace ClaimTrack.Web.Features.Public.Pages;

/// <summary>A reader's search, read from the query string; anything absurd becomes a message, never a 500.</summary>
public sealed record SearchQuery(string? Text, string? Rating, string? Claimant, string? Topic, DateOnly? From, DateOnly? To, int Page)
{
    /// <summary>Only claims written in this language (lang=es), lower-case; whether the newsroom publishes in it is
    /// the endpoint's question (<see cref="SearchEndpoint"/>), which knows the newsroom's languages.</summary>
    public string? Language { get; init; }

    public const int MaxLength = 200;
    public const int PageSize = 20;
    public const int CountCap = 100;

    public bool IsEmpty => Text is null && Rating is null && Claimant is null && Topic is null && From is null && To is null && Language is null;

    /// <summary>Words and nothing else to narrow them: what most readers type, and a search read in one statement.</summary>
    public bool IsWordsOnly => Text is not null && (this with { Text = null }).IsEmpty;
    public string? FromText => From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public string? ToText => To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static (SearchQuery? Query, string? Problem) Read(IQueryCollection query)
    {
        string? Text(string key, int max) => query[key].ToString().Trim() is { Length: > 0 } v ? (v.Length > max ? null : v) : null;
        // A NUL byte reached PostgreSQL, which refuses it (a 500); no reader types a control character.
        if (query.Any(pair => pair.Key.Any(char.IsControl) || pair.Value.Any(v => v is not null && v.Any(char.IsControl))))
            return (null, "Search words and filters cannot contain control characters (such as %00).");
        var raw = query["q"].ToString();
        if (raw.Length > MaxLength) return (null, $"Search words are limited to {MaxLength} characters.");
        if (query["claimant"].ToString().Length > 200 || query["topic"].ToString().Length > 60)
            return (null, "The claimant or topic is too long.");
        if (!TryDate(query["from"], out var from) || !TryDate(query["to"], out var to))
            return (null, "Dates must look like 2015-12-06.");
        if (!Paging.TryRead(query["page"], out var page)) return (null, Paging.BadPageMessage);
        var language = Text("lang", 35)?.ToLowerInvariant();
        if (query["lang"].ToString().Trim().Length > 0 && !NewsroomLanguages.IsTag(language))
            return (null, "The language must be a language tag such as en or es.");
        return (new SearchQuery(Text("q", MaxLength), Text("rating", 40), Text("claimant", 200), Text("topic", 60), from, to, page) { Language = language }, null);
    }

    public string Link(int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Text,
            ["rating"] = Rating,
            ["claimant"] = Claimant,
            ["topic"] = Topic,
            ["from"] = FromText,
            ["to"] = ToText,
            ["lang"] = Language,
            ["page"] = page.ToString(CultureInfo.InvariantCulture),
        };
        return QueryHelpers.AddQueryString("/search", values.Where(v => v.Value is not null));
    }

    public string? ClaimantSlug => Claimant is null ? null : Slugs.From(Claimant);
    public string? TopicSlug => Topic is null ? null : Slugs.From(Topic);

    private static bool TryDate(string? value, out DateOnly? date)
    {
        date = null;
        if (string.IsNullOrWhiteSpace(value)) return true;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)) return false;
        date = parsed;
        return true;
    }
}
