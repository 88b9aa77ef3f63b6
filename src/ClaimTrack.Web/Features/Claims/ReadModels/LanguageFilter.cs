using System.Linq.Expressions;
using System.Text.Json;
using Marten.Linq.MatchesSql;

namespace ClaimTrack.Web.Features.Claims.ReadModels;

/// <summary>
/// "In this language", for a feed that follows one (?lang=es): the steps of claims written in it, and of claims whose
/// reader document lists it among their fitting translations (<see cref="ReaderClaim.TranslatedInto"/>, what the /es/
/// page shows). Drafts have no reader document and proposals never reach it, so neither can put a claim in.
/// </summary>
public static class LanguageFilter
{
    // The translated claims are asked of the TranslatedInto list alone, spelled exactly as Marten indexes a list member
    // (see TopicFilter): its small GIN index finds the few translated claims instead of reading every published one.
    // The list is read once per query (a hashed subplan), not once per step.
    private const string Sql = "(d.data ->> 'Language' = ? or CAST(d.data ->> 'ClaimId' as uuid) in "
        + $"(select p.id from {ReaderClaim.Table} p where CAST(p.data ->> 'TranslatedInto' as jsonb) @> ?::jsonb))";

    public static Expression<Func<VerdictUpdate, bool>> StepsIn(string language)
    {
        var list = JsonSerializer.Serialize(new[] { language });
        return u => u.MatchesSql(Sql, language, list);
    }
}
