using Npgsql;

namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>
/// The role the app works as: it owns the app's databases, so Marten can create and change its tables, but it is no
/// superuser, so SQL that reaches the server through the app cannot run programs (COPY ... PROGRAM), read the server's
/// files or change its settings. The superuser is used at start-up only: to create this role and the databases.
/// </summary>
internal static class AppRole
{
    public const string Name = "claimtrack";

    /// <summary>Makes sure the role exists and takes the password in its file (a new file gets a new password).</summary>
    public static async Task<string> EnsureAsync(string adminConnectionString, string dataFolder, CancellationToken ct)
    {
        var password = await ClusterPassword.ReadOrCreateAsync(ClusterPassword.FileIn(dataFolder, Name), ct);
        // Utility statements take no parameters; the password is hex, so the literal needs no escaping.
        await ExecuteAsync(adminConnectionString, $"""
            do $$ begin
              if not exists (select from pg_roles where rolname = '{Name}') then create role {Name}; end if;
            end $$;
            set password_encryption = 'scram-sha-256';
            alter role {Name} with login nosuperuser nocreatedb nocreaterole password '{password}';
            """, ct);
        return password;
    }

    /// <summary>
    /// Gives the app's role a database made before it existed (by an older version, as the superuser) and everything
    /// in it, so Marten can still change its tables. Objects of extensions, and sequences that follow their table, are
    /// left to follow their owner.
    /// </summary>
    public static async Task HandOverAsync(string adminConnectionStringToDatabase, string database, CancellationToken ct) =>
        await ExecuteAsync(adminConnectionStringToDatabase, $"""
            alter database "{database.Replace("\"", "\"\"", StringComparison.Ordinal)}" owner to {Name};
            do $$
            declare change record;
            begin
              for change in
                select format('alter schema %I owner to {Name}', nspname) as sql from pg_namespace
                 where pg_get_userbyid(nspowner) not in ('{Name}', 'pg_database_owner') and nspname !~ '^pg_' and nspname <> 'information_schema'
                   and not exists (select from pg_depend where classid = 'pg_namespace'::regclass and objid = pg_namespace.oid and deptype = 'e')
                union all
                select format('alter %s %s owner to {Name}',
                         case c.relkind when 'S' then 'sequence' when 'v' then 'view' when 'm' then 'materialized view'
                                        when 'f' then 'foreign table' when 'c' then 'type' else 'table' end, c.oid::regclass)
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f', 'c') and c.relowner <> '{Name}'::regrole
                   and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
                   and not exists (select from pg_depend where classid = 'pg_class'::regclass and objid = c.oid and deptype in ('e', 'a', 'i'))
                union all
                select format('alter routine %s owner to {Name}', p.oid::regprocedure)
                  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
                 where p.proowner <> '{Name}'::regrole and n.nspname !~ '^pg_' and n.nspname <> 'information_schema'
                   and not exists (select from pg_depend where classid = 'pg_proc'::regclass and objid = p.oid and deptype = 'e')
              loop
                execute change.sql;
              end loop;
            end $$;
            """, ct);

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }
}
