using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Intake;
using ClaimTrack.Web.Infrastructure.Search;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using NpgsqlTypes;

namespace ClaimTrack.IntegrationTests.Infrastructure.Search;

/// <summary>
/// Search reads each claim in its own language and without accents: the readers' search, the desk grid and the
/// similar-claims suggestion. Every claim here carries a made-up word of its test, so the claims found are its own.
/// </summary>
public sealed class SearchLanguageTests(SearchLanguageTests.FourLanguages db) : IClassFixture<SearchLanguageTests.FourLanguages>, IDisposable
{
    /// <summary>A newsroom that also publishes in Brazilian Portuguese and Latin American Spanish: tags with a region,
    /// one with no stemmer of its own.</summary>
    public sealed class FourLanguages(TestCluster cluster) : IAsyncLifetime
    {
        public ClaimTrackApp App { get; private set; } = null!;
        public async ValueTask InitializeAsync() => App = await ClaimTrackApp.StartAsync(cluster, "search-languages", settings: new Dictionary<string, string>
        {
            ["ClaimTrack:Newsroom:Languages:0"] = "en",
            ["ClaimTrack:Newsroom:Languages:1"] = "es",
            ["ClaimTrack:Newsroom:Languages:2"] = "pt-br",
            ["ClaimTrack:Newsroom:Languages:3"] = "es-419",
        });
        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }

    private readonly Reader _reader = new(db.App);
    private DeskQueries Desk => db.App.Services.GetRequiredService<DeskQueries>();
    private SimilarClaims Similar => db.App.Services.GetRequiredService<SimilarClaims>();

    private static string Word() => "zq" + string.Concat(Guid.NewGuid().ToString("N")[..8].Select(c => (char)('a' + c % 26)));

    /// <summary>A claim registered in a language (and published when asked), through the app's own writer.</summary>
    private async Task<ClaimStories> ClaimAsync(string statement, string language, bool publish = true)
    {
        var id = Guid.NewGuid();
        var version = await db.App.Writer.RegisterAsync(new RegisterClaim(id, statement, true, "Ernesto Díaz", ClaimantKind.Person, null,
            "Noticias de la Tarde", "https://noticias.example.org/elecciones", new DateOnly(2025, 3, 1), null, [], language), ClaimStories.Reporter, ClaimStories.Monday);
        var story = ClaimStories.Continuing(db.App.Writer, id, version);
        if (!publish) return story;
        await story.AttachEvidenceAsync();
        await story.ProposeAsync();
        await story.ApproveAsync();
        return await story.PublishAsync();
    }

    private async Task<string> SearchAsync(string words) => await _reader.PageAsync($"/search?q={Uri.EscapeDataString(words)}");

    [Fact]
    public async Task A_reader_finds_an_accented_name_typed_without_its_accent_and_with_it()
    {
        var word = Word();
        await ClaimAsync($"El gobernador Zoilo Ramírez de {word} prometió cien escuelas.", "es");

        (await SearchAsync($"Ramirez {word}")).ShouldContain("1 fact check found");
        (await SearchAsync($"Ramírez {word}")).ShouldContain("1 fact check found");
        (await SearchAsync($"RAMIREZ {word}")).ShouldContain("1 fact check found");
    }

    [Fact]
    public async Task Diaz_finds_Diaz_with_its_accent_on_the_claimant()
    {
        var word = Word();
        await ClaimAsync($"Las escuelas de {word} cerraron.", "es");

        // The claimant is "Ernesto Díaz": the readers' search weighs the claimant's name too.
        (await SearchAsync($"Diaz {word}")).ShouldContain("1 fact check found");
    }

    [Fact]
    public async Task A_Spanish_claim_is_stemmed_in_Spanish_and_the_same_words_in_an_English_claim_are_not()
    {
        var word = Word();
        await ClaimAsync($"Las elecciones de {word} fueron fraudulentas.", "es");
        await ClaimAsync($"Las elecciones de {word} fueron fraudulentas.", "en");

        (await SearchAsync($"elección {word}")).ShouldContain("2 fact checks found"); // unaccented, "eleccion" in both languages
        // Spanish reads "fraudulentas" and "fraudulento" as one word; English does not, so its copy is not found.
        (await SearchAsync($"fraudulento {word}")).ShouldContain("1 fact check found");
    }

    [Fact]
    public async Task An_English_claim_keeps_English_stemming_which_a_Spanish_claim_of_the_same_words_does_not_get()
    {
        var word = Word();
        await ClaimAsync($"Governments in {word} hid the figures.", "en");
        await ClaimAsync($"Governments in {word} hid the figures.", "es");

        (await SearchAsync($"governing {word}")).ShouldContain("1 fact check found");
        (await SearchAsync($"governments {word}")).ShouldContain("2 fact checks found");
    }

    [Fact]
    public async Task A_language_tag_with_a_region_or_no_stemmer_still_finds_its_words_without_accents()
    {
        var word = Word();
        await ClaimAsync($"A inflação em {word} caiu pela metade.", "pt-BR");
        await ClaimAsync($"La inflación en {word} bajó a la mitad.", "es-419");

        (await SearchAsync($"inflacao {word}")).ShouldContain("1 fact check found");
        (await SearchAsync($"bajo {word}")).ShouldContain("1 fact check found");
    }

    [Fact]
    public async Task The_desk_grid_finds_drafts_without_accents_and_by_their_languages_stems()
    {
        var word = Word();
        var spanish = await ClaimAsync($"La alcaldesa Begoña Núñez de {word} dijo que las elecciones fueron limpias.", "es", publish: false);

        async Task<IReadOnlyList<Guid>> Grid(string search) =>
            [.. (await Desk.PageAsync(new DeskFilter(Search: search), 0, 25, DeskSort.Updated, true, default)).Rows.Select(c => c.Id)];

        (await Grid($"Begona Nunez {word}")).ShouldBe([spanish.ClaimId]);
        (await Grid($"eleccion {word}")).ShouldBe([spanish.ClaimId]);
        (await Grid($"diaz {word}")).ShouldBe([spanish.ClaimId]);
    }

    [Fact]
    public async Task Similar_claims_are_found_for_a_Spanish_statement_typed_without_accents()
    {
        var word = Word();
        var stored = await ClaimAsync($"El ministro Germán Peñaranda de {word} aseguró que la inflación bajó al 12% en diciembre.", "es", publish: false);
        var other = await ClaimAsync($"El ministro de {word} aseguró que el desempleo subió en marzo.", "es", publish: false);

        var found = await Similar.FindAsync($"El ministro German Penaranda de {word} aseguro que la inflacion bajo al 12% en diciembre", 10, default);

        found.ShouldContain(c => c.Id == stored.ClaimId);
        found.ShouldNotContain(c => c.Id == other.ClaimId);
    }

    [Theory]
    [InlineData("the")]          // a stop word in English, a word in the unstemmed configuration
    [InlineData("de la que")]    // Spanish stop words only
    [InlineData("\u00e9")]      // a lone accented letter, nothing once unaccented but "e"
    [InlineData("\u0301\u0301")] // combining accents alone
    [InlineData("Ñ -ñ \"ñ\"")]
    public async Task Odd_words_find_nothing_or_something_but_never_fail(string words)
    {
        var (response, _) = await _reader.GetAsync($"/search?q={Uri.EscapeDataString(words)}");
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.OK);
        await Desk.PageAsync(new DeskFilter(Search: words), 0, 25, DeskSort.Updated, true, default);
        await Similar.FindAsync(words + " " + words + " en las elecciones de la capital", 10, default);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("en-GB")]
    [InlineData("EN_us")]
    [InlineData("es")]
    [InlineData("es-419")]
    [InlineData("pt-BR")]
    [InlineData("eng")]
    [InlineData("")]
    [InlineData(null)]
    public async Task The_databases_choice_of_configuration_is_the_apps(string? tag)
    {
        await using var connection = (NpgsqlConnection)db.App.Store.Storage.Database.CreateConnection();
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select public.ct_search_config($1)::text", connection)
        {
            Parameters = { new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)tag ?? DBNull.Value } },
        };

        var configuration = await command.ExecuteScalarAsync();

        configuration.ShouldBe(SearchLanguages.ConfigurationFor(tag));
    }

    public void Dispose() => _reader.Dispose();
}
