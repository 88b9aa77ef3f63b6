using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using Marten;
using Marten.Linq;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ClaimTrack.IntegrationTests.Features.Desk;

/// <summary>The grid's claimant filter and the register form's claimant lookup ignore accents and case, on real PostgreSQL.</summary>
public sealed class ClaimantFilterTests(ClaimsDatabase db, TestCluster cluster) : IClassFixture<ClaimsDatabase>
{
    private DeskQueries Queries => db.App.Services.GetRequiredService<DeskQueries>();

    // A family name of each test's own, so claims of other tests in this database never match.
    private readonly string _family = "Qü" + Guid.NewGuid().ToString("N")[..8];

    private async Task<Guid[]> GridAsync(string claimant) =>
        [.. (await Queries.PageAsync(new DeskFilter(Claimant: claimant), 0, 25, DeskSort.Updated, true, default)).Rows.Select(c => c.Id)];

    [Fact]
    public async Task The_grid_finds_a_claimant_typed_without_accents_and_with_accents_the_name_lacks()
    {
        var accented = await new ClaimStories(db.App.Writer).RegisterAsync($"Luis Díaz {_family}");
        var plain = await new ClaimStories(db.App.Writer).RegisterAsync($"José Diaz {_family}");
        var other = await new ClaimStories(db.App.Writer).RegisterAsync($"Luis Dominguez {_family}");

        (await GridAsync($"diaz {_family}")).Order().ShouldBe(new[] { accented.ClaimId, plain.ClaimId }.Order());
        (await GridAsync($"DÍAZ {_family.ToUpperInvariant()}")).Order().ShouldBe(new[] { accented.ClaimId, plain.ClaimId }.Order());
        (await GridAsync($"Jose Díaz {_family}")).ShouldBe([plain.ClaimId]);
        (await GridAsync($"qu{_family[2..]}")).Length.ShouldBe(3);
        (await GridAsync($"Dominguez {_family}")).ShouldBe([other.ClaimId]);
    }

    [Fact]
    public async Task Percent_and_underscore_typed_in_the_filter_are_letters_not_wildcards()
    {
        await new ClaimStories(db.App.Writer).RegisterAsync($"Ana Pérez {_family}");

        (await GridAsync($"Ana%{_family}")).ShouldBeEmpty();
        (await GridAsync($"Ana_P")).ShouldBeEmpty();
        (await GridAsync($"perez {_family}")).Length.ShouldBe(1);
    }

    [Fact]
    public async Task The_claimant_lookup_offers_the_accented_name_for_an_unaccented_one()
    {
        await new ClaimStories(db.App.Writer).RegisterAsync($"Tibisay Lucena Ramírez {_family}");

        // Claimant summaries are an async projection: the lookup sees the claimant once the daemon has counted it.
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30), async () =>
            (await Queries.ClaimantsMatchingAsync($"ramirez {_family.ToUpperInvariant()}", default)).Any(c => c.Name == $"Tibisay Lucena Ramírez {_family}"),
            "the lookup offers Tibisay Lucena Ramírez for 'ramirez'", TimeSpan.FromMilliseconds(100));
        (await Queries.ClaimantsMatchingAsync($"Ramirez_{_family}", default)).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_filter_is_served_by_the_unaccented_name_index_not_a_walk_of_every_claim()
    {
        await using var session = db.App.Store.QuerySession();
        var command = session.Query<Claim>().Where(ClaimantFilter.Holds("Diaz")!).ToCommand(FetchType.FetchMany);
        await using var connection = (NpgsqlConnection)db.App.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // A small test table is cheaper to walk than to look up: with walking ruled out, a filter the index cannot
        // serve still shows a sequential scan, one it serves shows the index.
        await using (var off = new NpgsqlCommand("set local enable_seqscan = off", connection, transaction)) await off.ExecuteNonQueryAsync();
        await using var explain = new NpgsqlCommand("explain " + command.CommandText, connection, transaction);
        foreach (NpgsqlParameter parameter in command.Parameters) explain.Parameters.Add(parameter.Clone());
        var plan = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
            while (await reader.ReadAsync()) plan.Add(reader.GetString(0));

        string.Join("\n", plan).ShouldContain(ClaimantFilter.IndexName);
        string.Join("\n", plan).ShouldNotContain("Seq Scan");
    }

    [Fact]
    public async Task A_second_start_keeps_the_index_rather_than_build_it_again()
    {
        // Marten drops and rebuilds an index whose definition it reads as different: on a million claims that would be
        // a long wait at every start. Same index, same object id: it was left alone.
        var database = await cluster.CreateDatabaseAsync("claimant_index");
        uint before;
        await using (var first = new ClaimTrackApp(database)) { _ = first.Services; before = await IndexIdAsync(first); }
        await using var second = new ClaimTrackApp(database);
        _ = second.Services;

        (await IndexIdAsync(second)).ShouldBe(before);
    }

    private static async Task<uint> IndexIdAsync(ClaimTrackApp app)
    {
        await using var connection = (NpgsqlConnection)app.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("select to_regclass(@name)::oid", connection);
        query.Parameters.AddWithValue("name", $"public.{ClaimantFilter.IndexName}");
        return (uint)(await query.ExecuteScalarAsync())!;
    }
}
