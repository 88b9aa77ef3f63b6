using System.Linq.Expressions;
using System.Text.Json;
using Marten.Linq.MatchesSql;

namespace ClaimTrack.Web.Features.Claims.ReadModels;

/// <summary>
/// "Filed under this topic", for the documents readers list by topic (published claims, verdict updates). Marten turns
/// <c>TopicSlugs.Contains(slug)</c> into containment on the whole document, which only a GIN index over the whole
/// document serves; that index took half the rebuild time of a bulk load and weighed on every publication. This asks
/// the same question of the topic list alone, which a small GIN index on the topic list answers.
/// </summary>
public static class TopicFilter
{
    /// <summary>The operator class of the index Marten builds for <c>Index(d => d.TopicSlugs)</c> (a GIN method).</summary>
    public const string IndexMask = "? jsonb_path_ops";

    // Exactly the expression Marten indexes a list member by; any other spelling ("data -> 'TopicSlugs'") misses the index.
    private const string Sql = "CAST(d.data ->> 'TopicSlugs' as jsonb) @> ?::jsonb";

    public static Expression<Func<T, bool>> Holds<T>(string topicSlug)
    {
        var list = JsonSerializer.Serialize(new[] { topicSlug });
        return d => d!.MatchesSql(Sql, list);
    }
}
