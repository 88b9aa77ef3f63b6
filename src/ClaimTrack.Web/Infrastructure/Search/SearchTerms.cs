using System.Security.Cryptography;
using System.Text;

namespace ClaimTrack.Web.Infrastructure.Search;

/// <summary>
/// The words of a few fields of a Marten document, kept as a stored tsvector (GIN-indexed) in a table of its own, one
/// row per document, refreshed by a trigger on the document table.
/// </summary>
/// <remarks>
/// Why not a generated column on Marten's table: Marten's schema migration drops every column and index it did not
/// define on its own tables, at every start (checked with Marten 9.58). A side table is left alone, and its stored
/// vector makes a match a cheap check, where an expression index re-parses the document's text for every row the
/// query walks (about 40 µs a row for statement + context, 250 µs for the whole document).
/// </remarks>
/// <param name="Name">The table's name; its trigger, function and index are named after it.</param>
/// <param name="DocumentTable">Marten's table for the document (mt_doc_ + the type's name in lower case).</param>
/// <param name="Fields">
/// JSON paths of the searched fields, steps separated by dots ("Claimant.Name"); "[]" after a step reads every item of
/// a list ("Evidence[].Title"). A weight and a colon before a path ("A:Statement") weigh its words for ranking, A
/// highest to D: <see cref="RankedMatchesSql"/> then puts a match in a weighty field before one in a light field.
/// </param>
/// <param name="Schema">The database schema of the document table and of this one.</param>
/// <param name="LikenessField">
/// Optionally, the JSON path of one field kept a second time as lower-case text, which pg_trgm compares with another
/// text for "does this read like that" (a reworded sentence). It has no trigram index on purpose: a trigram search
/// over a million statements reads the postings of every common triple (" th", "ion") and took over a minute; the
/// candidates come from the word index, and only they are compared (Features/Intake/SimilarClaims.cs).
/// </param>
/// <param name="LanguageField">
/// The JSON path of the document's language tag ("Language"): its words are read in that language's text-search
/// configuration (<see cref="SearchLanguages"/>); without one, unstemmed.
/// </param>
public sealed record SearchTerms(string Name, string DocumentTable, IReadOnlyList<string> Fields, string Schema = "public",
    string? LikenessField = null, string? LanguageField = null)
{
    /// <summary>
    /// What a person typed as a query over rows of every language: read in each configuration and OR-ed, so "vaccines"
    /// meets an English row's "vaccin" and a Spanish row's "vaccin(e)" alike. A word whose stems differ by language
    /// can make "-word" exclude less than it should in one of them; the cost of not storing each row's language twice.
    /// </summary>
    public string QueryOf(string words) => $"{Schema}.ct_search_query({words})";

    /// <summary>As <see cref="QueryOf"/>, but every word is a word (plainto_tsquery): "or" and "-" have no meaning.</summary>
    public string PlainQueryOf(string words) => $"{Schema}.ct_plain_search_query({words})";

    private string TypedQuery => QueryOf("?");

    public string Table => $"{Schema}.{Name}";
    public string Trigger => $"{Name}_refresh";
    private string QualifiedDocumentTable => $"{Schema}.{DocumentTable}";
    private string Function => $"{Schema}.{Name}_refresh";

    /// <summary>The filter for Marten's MatchesSql: "d" is the alias Marten gives the document table; "?" the words.</summary>
    public string MatchSql =>
        $"exists (select 1 from {Table} search_terms where search_terms.id = d.id " +
        $"and search_terms.terms @@ {TypedQuery})";

    /// <summary>
    /// Up to this many matches, a search reads them all from the GIN index and sorts them; beyond, it walks the date
    /// order, where matches are dense enough to fill a page at once. Left to PostgreSQL, a rare word it misjudges as
    /// common walked a million claims by date (1.3 s at 1,000,000 claims).
    /// </summary>
    public const int FewMatches = 2000;

    /// <summary>
    /// Beyond this many matches in the planner's estimate, a search does not ask for its ids at all: it is common, and
    /// walked by date at once. Fetching 2,001 ids of a word in every claim cost more than the whole date walk (a
    /// sequential scan unpacking each row's vector until 2,001 match). The estimate comes from the statistics of the
    /// words column (1,000 most common words), so a word it puts this high really is in a large share of the sample;
    /// a rare word's estimate (from the least common word kept) stays far below it, even at a million claims. A
    /// phrase is estimated as its words together, higher than it is: a common phrase is then walked by date, which
    /// finds its few first matches sooner than fetching them all did.
    /// </summary>
    public const int CommonEstimate = 20 * FewMatches;

    /// <summary>
    /// The id <see cref="FewMatchesSql"/> and <see cref="RankedMatchesSql"/> answer, alone, for a search estimated
    /// common (ids are version 7 UUIDs: never the nil one). One statement instead of asking for the estimate first
    /// saves a round trip on every search.
    /// </summary>
    public static readonly Guid TooCommon = Guid.Empty;

    /// <summary>The statement's start shared by both fetches: whether the planner estimates the words common.</summary>
    private string CommonCte =>
        $"common as materialized (select {Schema}.ct_search_estimate('{Table}', {TypedQuery}) > {CommonEstimate} as yes)";

    private const string TooCommonRow = "select '00000000-0000-0000-0000-000000000000'::uuid from common where yes";

    /// <summary>
    /// The ids of the documents matching the words, at most <see cref="FewMatches"/> + 1 (GIN index only), or
    /// <see cref="TooCommon"/> alone for a search estimated common. Parameters: the words, twice.
    /// </summary>
    public string FewMatchesSql => $"""
        with {CommonCte}
        select id from {Table} where not (select yes from common) and terms @@ {TypedQuery}
        union all {TooCommonRow}
        limit {FewMatches + 1}
        """;

    /// <summary>As <see cref="FewMatchesSql"/> for a search already known rare (<see cref="SearchVerdicts"/>): no estimate. Parameter: the words.</summary>
    public string FewMatchesOfRareSql => $"select id from {Table} where terms @@ {TypedQuery} limit {FewMatches + 1}";

    /// <summary>Changes whenever the definition does; kept as the table's comment, so a new definition rebuilds it.</summary>
    public string Version => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(CreateSql())))[..16];

    /// <summary>
    /// The ids matching the words, best ranked first, when there are at most <see cref="FewMatches"/>; more, and the
    /// rows come back unranked (the caller walks the date order instead); <see cref="TooCommon"/> alone when the
    /// planner estimates the words common (then nothing is fetched). The matches are read as ids alone, as
    /// <see cref="FewMatchesSql"/> reads them; only when they are few does each one's vector get read and ranked, in
    /// a CASE that a common word never enters: ranking tens of thousands of matches would unpack every vector.
    /// Ties go to the newer claim (ids are version 7: they grow with time). Parameters: the words, three times (each
    /// use is folded to a constant when the statement is planned, so the planner sees the words themselves).
    /// </summary>
    public string RankedMatchesSql => $"""
        with {CommonCte},
             matches as (select id from {Table} where not (select yes from common) and terms @@ {TypedQuery} limit {FewMatches + 1}),
             counted as (select count(*) as n from matches),
             ranked as (
                select matches.id, case when counted.n <= {FewMatches} then
                    (select ts_rank(ranked.terms, {TypedQuery}) from {Table} ranked where ranked.id = matches.id)
                    end as rank
                from matches, counted
                union all select nil.uuid, null from ({TooCommonRow}) nil (uuid))
        select id from ranked order by rank desc nulls last, id desc
        """;

    /// <summary>
    /// As <see cref="RankedMatchesSql"/> for a search already known rare (<see cref="SearchVerdicts"/>: its last fetch
    /// found at most <see cref="FewMatches"/>): no estimate, and every match ranked at once, a plain statement that
    /// PostgreSQL plans and runs in half the time of the guarded one. Should the words have become common since, this
    /// ranks their matches once, answers more than <see cref="FewMatches"/> ids, and the search is judged common again.
    /// Parameters: the words, twice.
    /// </summary>
    public string RankedMatchesOfRareSql => RankedOfRare("id");

    /// <summary>As <see cref="RankedMatchesOfRareSql"/>, the ids as text: what a Marten batch reads (it takes no value types).</summary>
    public string RankedMatchesOfRareAsTextSql => RankedOfRare("id::text");

    private string RankedOfRare(string column) =>
        $"select {column} from {Table} where terms @@ {TypedQuery} order by ts_rank(terms, {TypedQuery}) desc, id desc limit {FewMatches + 1}";

    public string VectorOf(string data)
    {
        var language = LanguageField is null ? "null" : $"{data} #>> '{{{LanguageField.Replace('.', ',')}}}'";
        string Vector(IEnumerable<string> fields) =>
            $"{Schema}.ct_search_vector({language}, concat_ws(' ', {string.Join(", ", fields.Select(f => TextOf(data, f)))}))";
        if (!Fields.Any(f => f.Length > 1 && f[1] == ':')) return Vector(Fields);
        var groups = Fields.GroupBy(f => f.Length > 1 && f[1] == ':' ? f[0] : 'D', f => f.Length > 1 && f[1] == ':' ? f[2..] : f)
            .OrderBy(g => g.Key)
            .Select(g => $"setweight({Vector(g)}, '{g.Key}')");
        return string.Join(" || ", groups);
    }

    /// <summary>One field's text: a value, or a list's values joined by spaces.</summary>
    private static string TextOf(string data, string path)
    {
        if (!path.Contains("[]", StringComparison.Ordinal)) return $"{data} #>> '{{{path.Replace('.', ',')}}}'";
        var jsonPath = "$." + path.Replace("[]", "[*]", StringComparison.Ordinal);
        return $"array_to_string(array(select jsonb_array_elements_text(jsonb_path_query_array({data}, '{jsonPath}'))), ' ')";
    }

    /// <summary>
    /// The text pg_trgm compares: unaccented, lower case with every run of punctuation a single space. pg_trgm would
    /// ignore the last two anyway; doing it once on the way in keeps the stored column and the typed text the same by
    /// construction, and "Diaz" as like "Díaz" as the words are.
    /// </summary>
    public string LikenessOf(string text) => $"lower(regexp_replace({Schema}.ct_unaccent({text}), '[^[:alnum:]]+', ' ', 'g'))";

    private string LikenessColumn => LikenessField is null ? "" : ",\n    likeness text not null,\n    neighbours int[] not null";
    private string LikenessValue(string data)
    {
        if (LikenessField is null) return "";
        var likeness = LikenessOf($"coalesce({data} #>> '{{{LikenessField.Replace('.', ',')}}}', '')");
        return $", {likeness}, {NeighboursOf(likeness)}";
    }
    private string LikenessInsert => LikenessField is null ? "" : ", likeness, neighbours";
    private string LikenessUpdate => LikenessField is null ? "" : ", likeness = excluded.likeness, neighbours = excluded.neighbours";

    private string NeighboursFunction => $"{Schema}.{Name}_neighbours";
    public string NeighboursIndexName => $"{Name}_neighbours";

    /// <summary>
    /// The keys of a likeness text's word set and of every set one word short of it (each a 32-bit slice of an md5:
    /// stable across PostgreSQL versions, unlike hashtext). Two statements share a key exactly when their word sets are
    /// at most one word apart: one word left out, added or changed, in any order. So a near-copy is found by a few
    /// lookups of keys that almost no other statement has, however common its words are. The words are the unaccented,
    /// lower-case likeness text's, unstemmed ('simple'): a typed statement has no language yet, and its keys must be
    /// made exactly as the stored row's were, whatever language that row is in.
    /// </summary>
    public string NeighboursOf(string likenessText) => $"{NeighboursFunction}(tsvector_to_array(to_tsvector('simple', {likenessText})))";

    private string NeighboursFunctionSql => LikenessField is null ? "" : $"""
        create or replace function {NeighboursFunction}(words text[]) returns int[] language sql immutable parallel safe as $neighbours$
            select coalesce(array_agg(distinct ('x' || left(md5(array_to_string(
                       array(select w from unnest(words) w where w is distinct from left_out order by w), ' ')), 8))::bit(32)::int), array[]::int[])
            from unnest(words || array[null::text]) left_out
            where left_out is null or cardinality(words) > 1;
        $neighbours$;
        """;

    private string NeighboursIndexSql => LikenessField is null ? "" : $"create index if not exists {NeighboursIndexName} on {Table} using gin (neighbours);";

    /// <summary>
    /// Creates, fills and indexes the table (filling before indexing is the faster order). Its text is the definition
    /// <see cref="Version"/> hashes; the bench loader runs it whole after a bulk load.
    /// </summary>
    public string CreateSql() => $"{TableAndTriggerSql()}\n{FillSql}\n{IndexSql}";

    /// <summary>The table, empty, and the trigger that keeps it up to date from now on.</summary>
    public string TableAndTriggerSql() => $"""
        {SearchLanguages.FunctionsSql(Schema)}
        create table {Table} (
            id uuid primary key references {QualifiedDocumentTable} (id) on delete cascade,
            terms tsvector not null{LikenessColumn});
        -- The planner's guess for a rare word comes from the least common word it keeps statistics for: keeping
        -- more words makes that guess small, so it reads the GIN index instead of walking the date order.
        alter table {Table} alter column terms set statistics 1000;
        {NeighboursFunctionSql}
        create or replace function {Function}() returns trigger language plpgsql as $body$
        begin
            insert into {Table} (id, terms{LikenessInsert}) values (new.id, {VectorOf("new.data")}{LikenessValue("new.data")})
                on conflict (id) do update set terms = excluded.terms{LikenessUpdate};
            return null;
        end
        $body$;
        create or replace trigger {Trigger} after insert or update of data on {QualifiedDocumentTable}
            for each row execute function {Function}();
        """;

    private string FillSql =>
        $"insert into {Table} (id, terms{LikenessInsert}) select id, {VectorOf("data")}{LikenessValue("data")} from {QualifiedDocumentTable};";

    private string IndexSql => $"""
        {NeighboursIndexSql}
        create index {IndexName} on {Table} using gin (terms);
        analyze {Table};
        """;

    /// <summary>The GIN index, made last: while it is missing, the table still waits for <see cref="FillMissingSql"/>.</summary>
    public string IndexName => $"{Name}_terms";

    /// <summary>
    /// Fills the rows the trigger has not written yet and indexes them: after <see cref="TableAndTriggerSql"/>, with any
    /// number of writes going on (a row the trigger wrote is newer than the one read here, so it stays).
    /// </summary>
    public string FillMissingSql => $"""
        insert into {Table} (id, terms{LikenessInsert})
            select id, {VectorOf("data")}{LikenessValue("data")} from {QualifiedDocumentTable} d
            where not exists (select 1 from {Table} t where t.id = d.id)
            on conflict (id) do nothing;
        {NeighboursIndexSql}
        create index if not exists {IndexName} on {Table} using gin (terms);
        analyze {Table};
        """;

    /// <summary>Creates the table with its version stamp, as Marten's migration does (the bench loader builds it after a bulk load).</summary>
    public string CreateStampedSql() => $"{CreateSql()}\ncomment on table {Table} is '{Version}';";

    /// <summary>
    /// What Marten's migration runs: the table and trigger, stamped, but not the fill. Filling a million rows takes
    /// minutes, longer than a command may take, and inside the migration's transaction it would hold every write to
    /// the documents; <see cref="SearchTermsFill"/> does it next, without a time limit.
    /// </summary>
    public string MigrationSql() => $"{TableAndTriggerSql()}\ncomment on table {Table} is '{Version}';";

    public string DropSql() => $"""
        drop trigger if exists {Trigger} on {QualifiedDocumentTable};
        drop function if exists {Function}();
        drop table if exists {Table};
        {(LikenessField is null ? "" : $"drop function if exists {NeighboursFunction}(text[]);")}
        """;
}
