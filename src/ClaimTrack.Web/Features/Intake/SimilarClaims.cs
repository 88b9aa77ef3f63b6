using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.ReadModels;
using Marten;
using Npgsql;

namespace ClaimTrack.Web.Features.Intake;

/// <summary>A stored claim that says what was typed, with what the desk needs to decide: open it, or add a sighting to it.</summary>
public sealed record SimilarClaim(Guid Id, string Statement, string Claimant, ClaimStatus Status, string? Rating, long Version, double Score)
{
    /// <summary>What the score was made of: for the evaluation's report, and for anyone asking why a claim was shown.</summary>
    public LikenessSignals? Signals { get; init; }
}

/// <summary>
/// Existing claims, drafts included, that say the same as a statement being typed (the register form) or sent in (a
/// tip). PostgreSQL only, in one query: candidates come from the desk's full-text table (the typed text's rarest words,
/// any two of them together), then pg_trgm's similarity and the shared words rank them; <see cref="Likeness"/> decides
/// which are the same.
/// </summary>
/// <remarks>
/// Why not a trigram index search (<c>likeness % typed</c>): it reads the postings of every letter triple of the
/// typed text, and the common ones (" th", "ion", "ent") are in nearly every statement. Over a million statements that
/// took more than a minute. The rarest words are the opposite: short postings, so the search stays quick at any size.
/// How rare a word is comes from the planner's own statistics on the table (pg_stats), which autovacuum keeps fresh.
/// </remarks>
public sealed class SimilarClaims(IDocumentStore store)
{
    public const int MaxLimit = 10;

    /// <summary>How many candidates the word index may give, and how many of them are compared more closely.</summary>
    private const int Candidates = 200;
    private const int Compared = 20;

    /// <summary>
    /// Past this many expected claims with the rarest pair of typed words, the any-two tier is skipped: 200 of them
    /// taken in no order would hold a paraphrase by chance alone, and reading two posting lists that long was most of
    /// the query's time (a pair in 26,000 of 1,000,000 bench claims cost 17 ms on its own).
    /// </summary>
    private const double CommonPair = 5.0 * Candidates;

    /// <summary>
    /// Past this many postings in the six rarest words' lists together, the all-six tier is skipped: reading them is
    /// about 30 ns a posting (six words each in a fifth of 1,000,000 bench claims cost 40 ms), and the near-copies it
    /// would find are the word-set neighbours' too. Real archives, with a vocabulary of thousands of words, rarely get
    /// here (a statement's rarest words are in a few claims in a thousand); the bench's 300 words do for most statements.
    /// </summary>
    private const double LongLists = 300_000;

    /// <summary>The claims that say the same as <paramref name="text"/>, most alike first; none for a text too short to tell.</summary>
    public async Task<IReadOnlyList<SimilarClaim>> FindAsync(string? text, int limit, CancellationToken ct)
    {
        var scored = await ScoreAsync(text, ct);
        return [.. scored.Where(c => Likeness.IsSame(c.Score)).Take(Math.Clamp(limit, 1, MaxLimit))];
    }

    /// <summary>Every compared candidate with its score, those under the threshold too (the evaluation sweeps thresholds over them).</summary>
    public async Task<IReadOnlyList<SimilarClaim>> ScoreAsync(string? text, CancellationToken ct)
    {
        if (TypedStatement.From(text) is not { } typed) return [];
        await using var connection = (NpgsqlConnection)store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var query = new NpgsqlCommand(Sql(store.Options.DatabaseSchemaName), connection)
        {
            Parameters = { new() { Value = typed }, new() { Value = Candidates }, new() { Value = Compared }, new() { Value = CommonPair }, new() { Value = LongLists } },
        };
        var found = new List<SimilarClaim>();
        await using var reader = await query.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var statement = reader.GetString(1);
            var signals = new LikenessSignals(reader.GetFloat(6), reader.GetInt32(7), reader.GetInt32(8), reader.GetInt32(9));
            found.Add(new SimilarClaim(reader.GetGuid(0), statement, reader.GetString(2), Enum.Parse<ClaimStatus>(reader.GetString(3)),
                await reader.IsDBNullAsync(4, ct) ? null : reader.GetString(4), long.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                Likeness.Score(signals, typed, statement))
            { Signals = signals });
        }
        return [.. found.OrderByDescending(c => c.Score).ThenBy(c => c.Id)];
    }

    /// <summary>
    /// The words: the typed text's stemmed words, rarest first by the planner's statistics (a word it keeps none for
    /// is rarer than any it does). Candidates come first from the word-set neighbours (<see cref="Infrastructure.Search.SearchTerms.NeighboursOf"/>:
    /// a statement at most one stemmed word away from the typed one, in a few key lookups however common its words),
    /// then in two tiers, the first read first: claims with all of the six rarest (a near-copy has every one of them,
    /// as each word typed is in the original) unless their lists are longer than <see cref="LongLists"/>, then claims
    /// with any two of the rarest (at least two, up to six while together they are in at most 2% of claims) unless the
    /// rarest pair is expected in more than <see cref="CommonPair"/> claims (table size times the two words' shares).
    /// The second tier alone, cut at 200 in no order, missed 99 near-copies in 100 at 1,000,000 claims, where a common
    /// pair is in 26,000 claims. Then the closest by letters are compared by words too, and loaded.
    /// The neighbours are read in a materialized CTE, without a limit: under one, the planner trusts its guess that
    /// thousands of rows match an array overlap and walks the table instead of the index (3 s at 1,000,000).
    /// </summary>
    private static string Sql(string schema)
    {
        var search = ClaimSearch.AllClaims;
        // The typed text has no language yet: the one whose stop words it uses most reads it, stemmed and unaccented as
        // the stored rows of that language are (SearchLanguages); the stored likeness is compared in the same one.
        var language = $"{search.Schema}.ct_guess_search_config($1)";
        return $"""
            with typed as (
                select {search.LikenessOf("$1")} as likeness, {language} as language,
                       tsvector_to_array(to_tsvector({language}, {search.Schema}.ct_unaccent($1))) as lexemes),
            known as (
                select most_common_elems::text::text[] as elems, most_common_elem_freqs as shares from pg_stats
                where schemaname = '{search.Schema}' and tablename = '{search.Name}' and attname = 'terms'),
            ranked as (
                select lexeme, share, row_number() over (order by share, lexeme) as n, sum(share) over (order by share, lexeme) as total
                from (select l as lexeme, coalesce((select k.shares[array_position(k.elems, l)] from known k), 0) as share
                      from typed, unnest(typed.lexemes) l) w),
            chosen as (select lexeme from ranked where n <= 2 or (n <= 6 and total <= 0.02)),
            stored as (select greatest((select reltuples from pg_class where oid = '{search.Table}'::regclass), 0) as claims),
            pair as (
                select (select claims from stored) * coalesce((select share from ranked where n = 1), 0)
                       * coalesce((select share from ranked where n = 2), 1) as claims),
            six as (select (select claims from stored) * coalesce(sum(share), 0) as postings from ranked where n <= 6),
            near as materialized (
                select s.id, s.likeness from {search.Table} s
                where s.neighbours && (select {search.NeighboursOf("typed.likeness")} from typed)),
            tiers as (
                select 1 as tier, (select to_tsquery('simple', string_agg(quote_literal(lexeme), ' & ')) from ranked where n <= 6) as query
                where (select postings from six) <= $5
                union all
                select 2, coalesce(
                    (select to_tsquery('simple', string_agg(format('(%s & %s)', quote_literal(x.lexeme), quote_literal(y.lexeme)), ' | '))
                     from chosen x join chosen y on x.lexeme < y.lexeme),
                    (select to_tsquery('simple', quote_literal(min(lexeme))) from chosen))
                where (select claims from pair) <= $4),
            found as (
                select id, likeness from near
                union all
                (select s.id, s.likeness from (select * from tiers order by tier) t
                 cross join lateral (select s.id, s.likeness from {search.Table} s where s.terms @@ t.query limit $2) s
                 limit $2)),
            closest as (
                select id, likeness, trigram from (
                    select distinct on (found.id) found.id, found.likeness, similarity(found.likeness, typed.likeness) as trigram
                    from found, typed) each_once
                order by trigram desc limit $3)
            select d.id, d.data ->> 'Statement', d.data -> 'Claimant' ->> 'Name', d.data ->> 'Status',
                   d.data -> 'Current' -> 'Verdict' ->> 'Rating', d.data ->> 'Version',
                   c.trigram, cardinality(typed.lexemes), cardinality(w.lexemes),
                   (select count(*)::int from unnest(w.lexemes) l where l = any(typed.lexemes))
            from closest c join {schema}.mt_doc_claim d on d.id = c.id cross join typed
            cross join lateral (select tsvector_to_array(to_tsvector(typed.language, c.likeness)) as lexemes) w
            """;
    }
}
