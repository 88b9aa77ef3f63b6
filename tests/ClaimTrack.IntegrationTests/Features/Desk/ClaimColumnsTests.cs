using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>The grid's computed columns (the claimant's folded name, the statement's start) on real PostgreSQL: written
/// with every save, and given once to claims saved before the column existed.</summary>
public sealed class ClaimColumnsTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    private DeskQueries Queries => db.App.Services.GetRequiredService<DeskQueries>();
    private readonly string _family = "Cöl" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task A_claim_saved_before_the_columns_existed_gets_them_at_the_next_start()
    {
        var story = new ClaimStories(db.App.Writer) { Statement = "Ñandú exports doubled in a year." };
        await story.RegisterAsync($"Inés Muñoz {_family}");
        // What an older database holds: Marten filled the new columns from JSON that never had them.
        await SqlAsync($"update mt_doc_claim set claimant_key = null, statement_start = null where id = '{story.ClaimId}';" +
            "comment on column mt_doc_claim.claimant_key is null; comment on column mt_doc_claim.statement_start is null");
        (await GridAsync($"ines munoz {_family}")).ShouldBeEmpty();

        await ClaimColumnsFill.FillAsync(db.App.Store, NullLogger.Instance, TestContext.Current.CancellationToken);

        (await GridAsync($"ines munoz {_family}")).ShouldBe([story.ClaimId]);
        (await SqlAsync($"select statement_start from mt_doc_claim where id = '{story.ClaimId}'")).ShouldBe("Ñandú exports doubled in a year.");
        (await SqlAsync($"select claimant_key from mt_doc_claim where id = '{story.ClaimId}'")).ShouldBe(ClaimantFilter.Fold($"Inés Muñoz {_family}"));
    }

    [Fact]
    public async Task Once_filled_a_start_reads_the_mark_not_the_table()
    {
        await ClaimColumnsFill.FillAsync(db.App.Store, NullLogger.Instance, TestContext.Current.CancellationToken);
        var story = await new ClaimStories(db.App.Writer).RegisterAsync($"Marked Person {_family}");
        await SqlAsync($"update mt_doc_claim set claimant_key = null where id = '{story.ClaimId}'");

        await ClaimColumnsFill.FillAsync(db.App.Store, NullLogger.Instance, TestContext.Current.CancellationToken);

        // Left as it was: the fill looked at the column's mark and went no further.
        (await SqlAsync($"select claimant_key from mt_doc_claim where id = '{story.ClaimId}'")).ShouldBe(DBNull.Value);
        (await SqlAsync("select col_description('mt_doc_claim'::regclass, attnum) from pg_attribute where attrelid = 'mt_doc_claim'::regclass and attname = 'claimant_key'"))
            .ShouldBe(ClaimColumnsFill.FilledMark);
    }

    [Fact]
    public async Task A_statement_with_an_emoji_across_the_sort_keys_end_is_saved_and_sorted()
    {
        // The sort key keeps 100 UTF-16 units; here the 100th is the first half of the emoji.
        var statement = new string('a', ClaimSortColumns.StatementChars - 1) + "😀 and the rest of the claim.";
        var story = new ClaimStories(db.App.Writer) { Statement = statement };

        await story.RegisterAsync($"Emoji Person {_family}");

        (await SqlAsync($"select statement_start from mt_doc_claim where id = '{story.ClaimId}'")).ShouldBe(statement[..(ClaimSortColumns.StatementChars - 1)]);
        (await Queries.PageAsync(new DeskFilter(Claimant: _family), 0, 25, DeskSort.Statement, false, default)).Rows.Select(c => c.Id).ShouldContain(story.ClaimId);
    }

    [Fact]
    public async Task The_filters_folding_agrees_with_postgresqls_unaccent_on_the_alphabets_names_are_written_in()
    {
        // The grid folds in C#, the claimant lookup and reader search through ct_unaccent: a name must meet both alike.
        // Latin-1 and Latin Extended-A letters, Greek with its accents, Cyrillic.
        var letters = Enumerable.Range(0xC0, 0x180 - 0xC0).Concat(Enumerable.Range(0x386, 0x3CF - 0x386)).Concat(Enumerable.Range(0x400, 0x460 - 0x400))
            .Select(c => (char)c).Where(char.IsLetter).Select(c => c.ToString()).ToArray();
        await using var connection = (NpgsqlConnection)db.App.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("select lower(ct_unaccent(letter)) from unnest($1::text[]) with ordinality as l(letter, n) order by n", connection)
        { Parameters = { new() { Value = letters } } };
        var unaccented = new List<string>();
        await using (var reader = await query.ExecuteReaderAsync())
            while (await reader.ReadAsync()) unaccented.Add(reader.GetString(0));

        var differing = letters.Zip(unaccented).Where(p => ClaimantFilter.Fold(p.First) != p.Second)
            .Select(p => $"{p.First} (U+{(int)p.First[0]:X4}): folded '{ClaimantFilter.Fold(p.First)}', unaccent '{p.Second}'").ToList();
        differing.ShouldBeEmpty();
    }

    private async Task<Guid[]> GridAsync(string claimant) =>
        [.. (await Queries.PageAsync(new DeskFilter(Claimant: claimant), 0, 25, DeskSort.Updated, true, default)).Rows.Select(c => c.Id)];

    private async Task<object?> SqlAsync(string sql)
    {
        await using var connection = (NpgsqlConnection)db.App.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
