namespace ClaimTrack.Web.Infrastructure.Search;

/// <summary>
/// Which PostgreSQL text-search configuration reads a document's words, chosen from its language tag, and the SQL
/// functions the search tables' triggers and queries call, so the words are split, stemmed and unaccented one way.
/// </summary>
/// <remarks>
/// Everything passes through unaccent before the configuration stems it, the text stored and the text typed alike:
/// "Diaz" then finds "Díaz", "elecciones" finds "elección". Unaccenting first (PostgreSQL's own recipe) costs one
/// thing: Spanish's stemmer knows "-ación" only with its accent, so "información" (stored as "informacion") and
/// "informaciones" (stemmed to "inform") no longer meet; each still finds itself with or without accents.
/// </remarks>
public static class SearchLanguages
{
    /// <summary>The configuration for a language's primary subtag; any other language is split into words, unstemmed.</summary>
    public static readonly IReadOnlyList<(string Subtag, string Configuration)> Stemmed = [("en", "english"), ("es", "spanish")];

    public const string Unstemmed = "simple";

    /// <summary>Every configuration a stored row may use: a typed search is read in each of them, since it may match a row of any.</summary>
    public static IReadOnlyList<string> Configurations => [.. Stemmed.Select(s => s.Configuration), Unstemmed];

    /// <summary>
    /// The configuration for a BCP 47 tag ("en", "en-GB", "es-419"; "pt-BR" and no tag at all are unstemmed). The SQL
    /// function <c>ct_search_config</c> is written from the same list, so the two agree (an integration test compares them).
    /// </summary>
    public static string ConfigurationFor(string? tag)
    {
        var subtag = (tag ?? "").Trim().ToLowerInvariant().Replace('_', '-').Split('-')[0];
        return Stemmed.FirstOrDefault(s => s.Subtag == subtag).Configuration ?? Unstemmed;
    }

    /// <summary>
    /// The functions, in <paramref name="schema"/>. Declared immutable so the planner folds a query's words into a
    /// constant once (a date-order walk then checks each row against it, not re-parses the words per row), and so an
    /// index may use them. <c>ct_guess_search_config</c> is for text of no known language (a statement being typed): the
    /// stemmed configuration that drops the most of its words as stop words ("que", "las"; "the", "was") reads it.
    /// unaccent itself is only stable (its rules file could change); if it ever does, the search tables are rebuilt by
    /// changing their definition, which is what their version stamp is for.
    /// </summary>
    public static string FunctionsSql(string schema)
    {
        var cases = string.Join(" ", Stemmed.Select(s => $"when '{s.Subtag}' then '{s.Configuration}'::regconfig"));
        string AnyConfiguration(string parse) => string.Join("\n", Configurations.Select(c => $"""
                    one := {parse}('{c}', typed);
                    if numnode(one) > 0 and one <> all(seen) then found := coalesce(found || one, one); seen := seen || one; end if;
            """));
        // plpgsql, not sql: its plans are kept for the session, where a sql function PostgreSQL cannot inline (unaccent is
        // only stable) is planned anew at every query (measured: 0.25 ms against 0.07 ms, paid twice by a ranked search). A configuration
        // that reads the words as another did adds nothing: each extra branch costs every matched row a check and a rank.
        string QueryFunction(string name, string parse) => $"""
            create or replace function {schema}.{name}(words text) returns tsquery
                language plpgsql immutable strict parallel safe
                as $fn$
                declare
                    typed text := public.unaccent('public.unaccent'::regdictionary, words);
                    found tsquery;
                    one tsquery;
                    seen tsquery[] := array[]::tsquery[];
                begin
            {AnyConfiguration(parse)}
                    return coalesce(found, one);
                end
                $fn$;
            """;
        var byStopWords = Stemmed.Select(s => $"length(to_tsvector('{s.Configuration}', $1))").ToList();
        return $"""
            create extension if not exists unaccent;
            create or replace function {schema}.ct_unaccent(text) returns text
                language sql immutable strict parallel safe
                as $fn$ select public.unaccent('public.unaccent'::regdictionary, $1) $fn$;
            create or replace function {schema}.ct_search_config(text) returns regconfig
                language sql immutable parallel safe
                as $fn$ select case split_part(replace(lower(trim(coalesce($1, ''))), '_', '-'), '-', 1) {cases} else '{Unstemmed}'::regconfig end $fn$;
            create or replace function {schema}.ct_search_vector(language text, body text) returns tsvector
                language sql immutable parallel safe
                as $fn$ select to_tsvector({schema}.ct_search_config($1), {schema}.ct_unaccent(coalesce($2, ''))) $fn$;
            {QueryFunction("ct_search_query", "websearch_to_tsquery")}
            {QueryFunction("ct_plain_search_query", "plainto_tsquery")}
            -- The planner's estimate of the rows of a search table that match a query, from the words column's
            -- statistics: a search reads it to skip fetching the ids of a common word (SearchTerms.CommonEstimate).
            -- Volatile: PostgreSQL allows EXPLAIN in no other kind of function. The table is a regclass and the query
            -- is quoted as a literal, so no text a person typed becomes SQL.
            create or replace function {schema}.ct_search_estimate(search_table regclass, query tsquery) returns double precision
                language plpgsql volatile strict parallel restricted
                as $fn$
                declare plan json;
                begin
                    execute format('explain (format json) select 1 from %s where terms @@ %L::tsquery', search_table, query) into plan;
                    return (plan->0->'Plan'->>'Plan Rows')::double precision;
                end
                $fn$;
            create or replace function {schema}.ct_guess_search_config(text) returns regconfig
                language sql immutable strict parallel safe
                as $fn$ select (array[{string.Join(", ", Stemmed.Select(s => $"'{s.Configuration}'"))}])[array_position(array[{string.Join(", ", byStopWords)}], least({string.Join(", ", byStopWords)}))]::regconfig $fn$;
            """;
    }
}
