using System.Data.Common;
using System.Linq.Expressions;
using Marten;
using Marten.Linq.MatchesSql;
using Marten.Services.BatchQuerying;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;

namespace ClaimTrack.Web.Infrastructure.Search;

/// <summary>
/// Lets Marten's schema migration create the search table with the rest of the schema. Registered as a storage feature
/// (<c>opts.Storage.Add</c>), not as an extended schema object: Marten migrates features after its document tables,
/// which the table's foreign key and trigger need, and extended objects before them.
/// </summary>
public sealed class SearchTermsFeature<TDocument>(StoreOptions options, SearchTerms terms)
    : FeatureSchemaBase($"search terms of {typeof(TDocument).Name}", options.Advanced.Migrator)
{
    public override IEnumerable<Type> DependentTypes() => [typeof(TDocument)];
    protected override IEnumerable<ISchemaObject> schemaObjects() => [new SearchTermsSchema(terms)];
}

/// <summary>The table, its trigger and index as one schema object, up to date when its comment holds the definition's version.</summary>
public sealed class SearchTermsSchema(SearchTerms terms) : ISchemaObject
{
    /// <summary>What the table holds, for <see cref="SearchTermsFill"/>, which finds the tables among the store's objects.</summary>
    public SearchTerms Terms => terms;

    public DbObjectName Identifier => new PostgresqlObjectName(terms.Schema, terms.Name, SchemaUtils.IdentifierUsage.General);

    public void WriteCreateStatement(Migrator migrator, TextWriter writer)
    {
        writer.WriteLine(terms.MigrationSql());
    }

    public void WriteDropStatement(Migrator rules, TextWriter writer) => writer.WriteLine(terms.DropSql());

    public void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        builder.Append("select to_regclass(");
        builder.AppendParameter(terms.Table);
        builder.Append(") is not null, obj_description(to_regclass(");
        builder.AppendParameter(terms.Table);
        builder.Append("), 'pg_class'), exists (select 1 from pg_trigger where tgrelid = to_regclass(");
        builder.AppendParameter($"{terms.Schema}.{terms.DocumentTable}");
        builder.Append(") and tgname = ");
        builder.AppendParameter(terms.Trigger);
        builder.Append(");");
    }

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        await reader.ReadAsync(ct);
        var exists = reader.GetBoolean(0);
        var version = await reader.IsDBNullAsync(1, ct) ? null : reader.GetString(1);
        var refreshing = reader.GetBoolean(2);
        // Update means drop and create: the table is derived data, rebuilt from the documents in one statement.
        var difference = !exists ? SchemaPatchDifference.Create
            : version == terms.Version && refreshing ? SchemaPatchDifference.None
            : SchemaPatchDifference.Update;
        return new SchemaObjectDelta(this, difference);
    }

    public IEnumerable<DbObjectName> AllNames() => [Identifier];
}

public static class SearchTermsSetup
{
    public static void AddSearchTerms<TDocument>(this StoreOptions options, SearchTerms terms) =>
        options.Storage.Add(new SearchTermsFeature<TDocument>(options, terms));

    /// <summary>
    /// Documents whose search terms match what a person typed, found the cheap way for the word's frequency: up to
    /// <see cref="SearchTerms.FewMatches"/> matches, by their ids from the GIN index; beyond, by
    /// <see cref="MatchingWords{TDocument}"/>, which suits a walk in date order.
    /// </summary>
    public static async Task<IQueryable<TDocument>> MatchingWordsAsync<TDocument>(
        this IQueryable<TDocument> documents, IQuerySession session, SearchTerms terms, string words, CancellationToken ct,
        SearchVerdicts? verdicts = null)
    {
        // Nothing searchable (only operators or control characters): nothing matches, and PostgreSQL is not asked.
        if (SearchWords.Safe(words) is not { } safe) return documents.Where(d => d!.MatchesSql("d.id = any(?)", Array.Empty<Guid>()));
        return await session.FewMatchesAsync(terms, safe, ct, verdicts) is { } few
            ? documents.Where(d => d!.MatchesSql("d.id = any(?)", few))
            : documents.MatchingWords(terms, safe);
    }

    /// <summary>The ids matching a rare search, or null for a common one (more than <see cref="SearchTerms.FewMatches"/>).</summary>
    public static Task<Guid[]?> FewMatchesAsync(this IQuerySession session, SearchTerms terms, string words, CancellationToken ct,
        SearchVerdicts? verdicts = null) =>
        MatchesAsync(session, terms, words, verdicts, terms.FewMatchesSql, terms.FewMatchesOfRareSql, ct);

    /// <summary>
    /// The ids matching what a person typed, best ranked first (<see cref="SearchTerms.RankedMatchesSql"/>), or null
    /// for a common search (more than <see cref="SearchTerms.FewMatches"/> matches), which is better walked by date.
    /// </summary>
    public static Task<Guid[]?> RankedMatchesAsync(this IQuerySession session, SearchTerms terms, string words, CancellationToken ct,
        SearchVerdicts? verdicts = null) =>
        MatchesAsync(session, terms, words, verdicts, terms.RankedMatchesSql, terms.RankedMatchesOfRareSql, ct);

    /// <summary>
    /// One of the fetches: not at all when <paramref name="verdicts"/> knows the search common, without the estimate
    /// when it knows it rare, with it otherwise; what the answer shows is remembered. Each use of the words in the
    /// statement is a parameter of its own, a '?' of Marten's (the estimate's statement has one more).
    /// </summary>
    private static async Task<Guid[]?> MatchesAsync(IQuerySession session, SearchTerms terms, string words, SearchVerdicts? verdicts,
        string estimatedSql, string rareSql, CancellationToken ct)
    {
        if (SearchWords.Safe(words) is not { } safe) return [];
        var known = verdicts?.IsCommon(terms, safe);
        if (known is true) return null;
        var sql = known is false ? rareSql : estimatedSql;
        var ids = await session.QueryAsync<Guid>(sql, ct, [.. Enumerable.Repeat<object>(safe, sql.Count(c => c == '?'))]);
        return Judged(terms, safe, ids, verdicts);
    }

    /// <summary>
    /// The ids of a search <paramref name="verdicts"/> knows rare, ranked (<see cref="SearchTerms.RankedMatchesOfRareSql"/>),
    /// added to a Marten batch so they come back with whatever else the page reads; null when not known rare. Read
    /// the answer with <see cref="Judged"/>.
    /// </summary>
    public static Task<IReadOnlyList<Guid>>? RankedMatchesOfRare(this IBatchedQuery batch, SearchTerms terms, string safeWords, SearchVerdicts verdicts) =>
        verdicts.IsCommon(terms, safeWords) is false ? AsIds(batch.Query<string>(terms.RankedMatchesOfRareAsTextSql, safeWords, safeWords)) : null;

    private static async Task<IReadOnlyList<Guid>> AsIds(Task<IReadOnlyList<string>> texts) => [.. (await texts).Select(Guid.Parse)];

    /// <summary>The ids when they are few, else null; what they show of the search is remembered.</summary>
    public static Guid[]? Judged(SearchTerms terms, string safeWords, IReadOnlyList<Guid> ids, SearchVerdicts? verdicts)
    {
        var few = Few(ids);
        verdicts?.Remember(terms, safeWords, common: few is null);
        return few;
    }

    /// <summary>The ids when they are few; null when they are many or the search was estimated common.</summary>
    private static Guid[]? Few(IReadOnlyList<Guid> ids) =>
        ids.Count > SearchTerms.FewMatches || ids is [var only] && only == SearchTerms.TooCommon ? null : [.. ids];

    /// <summary>Documents whose search terms match what a person typed (websearch syntax: quotes, "or", "-word").</summary>
    public static IQueryable<TDocument> MatchingWords<TDocument>(this IQueryable<TDocument> documents, SearchTerms terms, string words) =>
        documents.Where(Matching<TDocument>(terms, words));

    /// <summary>As <see cref="MatchingWords{TDocument}"/>, as a filter (for a Marten batch, say).</summary>
    public static Expression<Func<TDocument, bool>> Matching<TDocument>(SearchTerms terms, string words)
    {
        var sql = terms.MatchSql;
        var safe = SearchWords.Safe(words) ?? "";
        return d => d!.MatchesSql(sql, safe);
    }
}
