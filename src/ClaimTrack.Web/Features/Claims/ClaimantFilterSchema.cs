using System.Data.Common;
using ClaimTrack.Web.Infrastructure.Search;
using Weasel.Core;
using Weasel.Postgresql;
using DbCommandBuilder = Weasel.Core.DbCommandBuilder;

namespace ClaimTrack.Web.Features.Claims;

/// <summary>
/// Makes sure ct_unaccent exists before Marten builds the claim table, whose unaccented-claimant index calls it
/// (<see cref="ClaimantFilter"/>). The search schema defines the function, but as a storage feature, which Marten migrates
/// after its document tables; an extended schema object is migrated before them. It runs the search schema's own
/// definition (create or replace, so the two never differ), and only when the function is missing: a new database.
/// </summary>
public sealed class ClaimantFilterSchema(string schema) : ISchemaObject
{
    public DbObjectName Identifier => new PostgresqlObjectName(schema, "ct_unaccent", SchemaUtils.IdentifierUsage.General);

    public void WriteCreateStatement(Migrator migrator, TextWriter writer) => writer.WriteLine(SearchLanguages.FunctionsSql(schema));

    // The search schema owns the function: nothing here drops it.
    public void WriteDropStatement(Migrator rules, TextWriter writer) { }

    public void ConfigureQueryCommand(DbCommandBuilder builder)
    {
        builder.Append("select to_regprocedure(");
        builder.AppendParameter($"{schema}.ct_unaccent(text)");
        builder.Append(") is not null;");
    }

    public async Task<ISchemaObjectDelta> CreateDeltaAsync(DbDataReader reader, CancellationToken ct = default)
    {
        await reader.ReadAsync(ct);
        return new SchemaObjectDelta(this, reader.GetBoolean(0) ? SchemaPatchDifference.None : SchemaPatchDifference.Create);
    }

    public IEnumerable<DbObjectName> AllNames() => [Identifier];
}
