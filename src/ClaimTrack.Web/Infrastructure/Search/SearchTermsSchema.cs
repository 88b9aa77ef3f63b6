using System.Data.Common;
using Marten;
using Marten.Linq.MatchesSql;
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
        this IQueryable<TDocument> documents, IQuerySession session, SearchTerms terms, string words, CancellationToken ct)
    {
        // Nothing searchable (only operators or control characters): nothing matches, and PostgreSQL is not asked.
        if (SearchWords.Safe(words) is not { } safe) return documents.Where(d => d!.MatchesSql("d.id = any(?)", Array.Empty<Guid>()));
        return await session.FewMatchesAsync(terms, safe, ct) is { } few
            ? documents.Where(d => d!.MatchesSql("d.id = any(?)", few))
            : documents.MatchingWords(terms, safe);
    }

    /// <summary>The ids matching a rare search, or null for a common one (more than <see cref="SearchTerms.FewMatches"/>).</summary>
    public static async Task<Guid[]?> FewMatchesAsync(this IQuerySession session, SearchTerms terms, string words, CancellationToken ct)
    {
        if (SearchWords.Safe(words) is not { } safe) return [];
        var ids = await session.QueryAsync<Guid>(terms.FewMatchesSql, ct, safe, safe);
        return Few(ids);
    }

    /// <summary>
    /// The ids matching what a person typed, best ranked first (<see cref="SearchTerms.RankedMatchesSql"/>), or null
    /// for a common search (more than <see cref="SearchTerms.FewMatches"/> matches), which is better walked by date.
    /// </summary>
    public static async Task<Guid[]?> RankedMatchesAsync(this IQuerySession session, SearchTerms terms, string words, CancellationToken ct)
    {
        if (SearchWords.Safe(words) is not { } safe) return [];
        var ids = await session.QueryAsync<Guid>(terms.RankedMatchesSql, ct, safe, safe, safe);
        return Few(ids);
    }

    /// <summary>The ids when they are few; null when they are many or the search was estimated common.</summary>
    private static Guid[]? Few(IReadOnlyList<Guid> ids) =>
        ids.Count > SearchTerms.FewMatches || ids is [var only] && only == SearchTerms.TooCommon ? null : [.. ids];

    /// <summary>Documents whose search terms match what a person typed (websearch syntax: quotes, "or", "-word").</summary>
    public static IQueryable<TDocument> MatchingWords<TDocument>(this IQueryable<TDocument> documents, SearchTerms terms, string words)
    {
        var sql = terms.MatchSql;
        return documents.Where(d => d!.MatchesSql(sql, SearchWords.Safe(words) ?? ""));
    }
}
