using System.Globalization;
using Bunit;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Assignments;
using ClaimTrack.Web.Features.Desk.Translations;
using ClaimTrack.Web.Features.Desk.Workspace;
using ClaimTrack.Web.Localization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MudBlazor;
using MudBlazor.Services;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Desk;

/// <summary>
/// bUnit: the workspace's side panels, the verdict dialog and the notices, rendered on a circuit whose culture is
/// Spanish (what DeskLanguage sets from the person's choice) speak Spanish; in English they keep their English words,
/// which other tests and the browser journeys find buttons by. The panels that read the database (evidence, notes)
/// and the register and notifications pages are rendered over PostgreSQL in the integration tests.
/// </summary>
public sealed class PanelsInSpanishTests : BunitContext
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    public PanelsInSpanishTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        Services.AddSingleton(NewsroomTime.From("America/Caracas"));
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton(new DeskDates(null, NewsroomTime.From("America/Caracas")));
        Services.AddSingleton(Options.Create(new NewsroomOptions()));
        JSInterop.Mode = JSRuntimeMode.Loose;
        var auth = AddAuthorization();
        auth.SetAuthorized("Amir Haddad");
        auth.SetClaims(new System.Security.Claims.Claim(System.Security.Claims.ClaimTypes.NameIdentifier, "editor"));
        auth.SetPolicies(DeskRoles.Policies.Reporter, DeskRoles.Policies.Editor);
        popovers = Render<MudPopoverProvider>();
    }

    private readonly IRenderedComponent<MudPopoverProvider> popovers;

    // The culture is the circuit's: each test speaks one language and puts the runner's back, whatever happens.
    private static async Task Speaking(string tag, Func<Task> test)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo(tag), CultureInfo.GetCultureInfo(tag));
        try { await test(); }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats); }
    }

    private static Task Speaking(string tag, Action test) => Speaking(tag, () => { test(); return Task.CompletedTask; });

    private static Task<DeskOutcome> Nothing(object _) => Task.FromResult(DeskOutcome.Saved);

    private static AngleSharp.Dom.IElement Button<T>(IRenderedComponent<T> shown, string text) where T : Microsoft.AspNetCore.Components.IComponent =>
        shown.FindAll("button").Single(b => b.TextContent.Trim() == text);

    [Theory]
    [InlineData("es", "Apariciones", "Registrar una aparición", "Medio", "Fecha en que apareció", "Registrar")]
    [InlineData("en", "Appearances", "Record an appearance", "Outlet", "Date it appeared", "Record")]
    public Task The_appearances_panel_speaks_the_persons_language(string tag, string heading, string record, string outlet, string date, string save) =>
        Speaking(tag, async () =>
        {
            var panel = Render<AppearancePanel>(p => p.Add(c => c.Claim, Given(Registered())).Add(c => c.Run, Nothing));

            panel.Find("h6").TextContent.ShouldBe(heading);
            await Button(panel, record).ClickAsync(new MouseEventArgs());

            panel.WaitForAssertion(() =>
            {
                panel.FindAll("label").Select(l => l.TextContent.Trim()).ShouldContain(outlet);
                panel.FindAll("label").Select(l => l.TextContent.Trim()).ShouldContain(date);
                Button(panel, save).ShouldNotBeNull();
            }, Patience);
        });

    [Theory]
    [InlineData("es", "Asignación", "Nadie todavía", "Cualquier editor", "Sin plazo", "Cambiar la asignación")]
    [InlineData("en", "Assignment", "Nobody yet", "Any Editor", "No due date", "Change the assignment")]
    public Task The_assignment_panel_speaks_the_persons_language(string tag, string heading, string nobody, string anyEditor, string noDate, string change) =>
        Speaking(tag, () =>
        {
            var panel = Render<AssignmentPanel>(p => p.Add(c => c.Claim, Given(Registered())).Add(c => c.Run, Nothing));

            panel.Find("h6").TextContent.ShouldBe(heading);
            panel.Find(".assignment-owner").TextContent.ShouldBe(nobody);
            panel.Find(".assignment-reviewer").TextContent.ShouldBe(anyEditor);
            panel.Find(".assignment-due").TextContent.ShouldBe(noDate);
            Button(panel, change).ShouldNotBeNull();
        });

    [Theory]
    [InlineData("es", "Portada", "Sin fijar: la afirmación aparece con las últimas verificaciones.", "Fijar en la portada")]
    [InlineData("en", "Front page", "Not pinned: the claim is listed with the latest fact checks.", "Pin to the front page")]
    public Task The_front_page_panel_speaks_the_persons_language(string tag, string heading, string notPinned, string pin) =>
        Speaking(tag, () =>
        {
            var panel = Render<FrontPagePinPanel>(p => p.Add(c => c.Claim, Given(PublishedHistory())));

            panel.Find("h6").TextContent.ShouldBe(heading);
            panel.Markup.ShouldContain(notPinned);
            Button(panel, pin).ShouldNotBeNull();
        });

    [Theory]
    [InlineData("es", "Traducciones", "Traducir", "Resumen del veredicto", "Proponer para revisión")]
    [InlineData("en", "Translations", "Translate", "Verdict summary", "Propose for review")]
    public Task The_translations_panel_speaks_the_persons_language(string tag, string heading, string translate, string summary, string propose) =>
        Speaking(tag, async () =>
        {
            var panel = Render<TranslationsPanel>(p => p.Add(c => c.Claim, Given(PublishedHistory())).Add(c => c.Run, Nothing));

            panel.Find("h6").TextContent.ShouldBe(heading);
            await Button(panel, translate).ClickAsync(new MouseEventArgs());

            panel.WaitForAssertion(() =>
            {
                panel.FindAll("label").Select(l => l.TextContent.Trim()).ShouldContain(summary);
                Button(panel, propose).ShouldNotBeNull();
            }, Patience);
        });

    [Theory]
    [InlineData("es", "Aprobar y programar", "Fecha de salida (America/Caracas")]
    [InlineData("en", "Approve and schedule", "Release date (America/Caracas")]
    public Task The_schedule_control_speaks_the_persons_language(string tag, string schedule, string releaseDate) =>
        Speaking(tag, () =>
        {
            var control = Render<ScheduleControl>(p => p.Add(c => c.Claim, Given(AwaitingReview())).Add(c => c.ProposalId, VerdictId));

            Button(control, schedule).ShouldNotBeNull();
            control.Markup.ShouldContain(releaseDate);
        });

    [Fact]
    public Task The_verdict_dialog_in_Spanish_asks_in_Spanish_and_names_ratings_by_the_scales_Spanish_words() =>
        Speaking("es", async () =>
        {
            var provider = Render<MudDialogProvider>();
            var dialogs = Services.GetRequiredService<IDialogService>();
            var parameters = new DialogParameters<VerdictDialog> { { d => d.Scale, RatingScale.Default() }, { d => d.IsRevision, true } };
            await provider.InvokeAsync(() => dialogs.ShowAsync<VerdictDialog>("Proponer", parameters));

            provider.WaitForAssertion(() => provider.Markup.ShouldContain("Proponer para revisión"), Patience);
            provider.FindAll("button").Single(b => b.TextContent.Contains("Proponer para revisión", StringComparison.Ordinal)).Click();
            provider.WaitForAssertion(() =>
            {
                provider.Markup.ShouldContain("Elija una calificación.");
                provider.Markup.ShouldContain("Escriba un resumen en una línea.");
                provider.Markup.ShouldContain("Diga por qué cambia el veredicto.");
                provider.FindAll(".mud-tab").Select(t => t.TextContent.Trim()).ShouldBe(["Razonamiento (Markdown)", "Vista previa"]);
            }, Patience);

            // The rating list opens in the popover: its words are the scale's Spanish ones ("Falso"), not the default's.
            await provider.Find(".mud-select .mud-input-control").MouseDownAsync(new MouseEventArgs());
            popovers.WaitForAssertion(() =>
            {
                var items = popovers.FindAll(".mud-list-item").Select(i => i.TextContent.Trim()).ToList();
                items.ShouldContain("Falso");
                items.ShouldNotContain("False");
            }, Patience);
        });

    [Theory]
    [InlineData("es", "Falso")]
    [InlineData("en", "False")]
    public Task A_rating_on_the_desk_is_named_in_the_persons_language_by_the_scale(string tag, string label) =>
        Speaking(tag, () => Render<RatingLabel>(p => p.Add(c => c.Scale, RatingScale.Default()).Add(c => c.Key, "false"))
            .Find(".desk-rating").TextContent.ShouldBe(label));

    [Fact]
    public Task Kept_drafts_and_someone_elses_change_are_announced_in_Spanish() =>
        Speaking("es", () =>
        {
            var typed = DateTimeOffset.UtcNow.AddMinutes(-10);
            var restored = Render<DraftNotice>(p => p
                .Add(c => c.Plan, DraftPlan.For([new Draft("Context", 4, "Escrito antes del fallo", typed)], 4, _ => null))
                .Add(c => c.Current, _ => null));
            restored.Find(".draft-notice").TextContent.ShouldContain("Se recuperó texto sin guardar de");
            Button(restored, "Descartar").ShouldNotBeNull();

            var choose = Render<DraftNotice>(p => p
                .Add(c => c.Plan, DraftPlan.For([new Draft("Statement", 3, "Mi redacción", typed)], 4, _ => "La de otra persona"))
                .Add(c => c.Current, _ => "La de otra persona"));
            choose.Find(".draft-notice").TextContent.ShouldContain("Su texto sin guardar: Mi redacción");
            Button(choose, "Usar mi texto sin guardar").ShouldNotBeNull();

            var newer = Render<ChangeNotice>(p => p.Add(c => c.Newer, new ClaimChange(ClaimId, 5, "Mei Tanaka attached evidence")));
            newer.Find(".newer-change").TextContent.ShouldContain("Otra persona cambió esta afirmación: Mei Tanaka attached evidence.");
            Button(newer, "Volver a cargar").ShouldNotBeNull();
        });

    [Fact]
    public Task Field_problems_of_a_decision_read_in_Spanish_at_the_field_and_stay_English_for_English_and_the_API() =>
        Speaking("es", () =>
        {
            var words = Services.GetRequiredService<IStringLocalizer<DeskText>>();
            var tooLong = new string('x', InputLimits.Title + 1);
            var outcome = Outcome(new AttachEvidence(Guid.NewGuid(), Details(tooLong) with { Url = "ftp://files.example.org", Citation = null }));

            var spanish = outcome.ErrorsIn(words);
            spanish["Title"].ShouldBe([$"Demasiado largo: {InputLimits.Title + 1} caracteres, como máximo {InputLimits.Title}."]);
            spanish["Url"].ShouldBe(["Debe ser una dirección web que empiece por http:// o https://."]);
            // The API's and the log's words are the decision's English sentences, whatever the person's language.
            outcome.Errors["Url"].ShouldBe(["The evidence's web address must be a web address starting with http:// or https://."]);

            var empty = Outcome(new AttachEvidence(Guid.NewGuid(), Details("") with { Url = null, Citation = null }));
            empty.ErrorsIn(words)["Title"].ShouldBe(["Este campo es obligatorio."]);
            empty.ErrorsIn(words)["Url"].ShouldBe(["Indique una dirección web o una cita, para que los lectores puedan encontrar la fuente."]);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            empty.ErrorsIn(words)["Title"].ShouldBe(["The title is required."]);
            empty.ErrorsIn(words)["Url"].ShouldBe(empty.Errors["Url"]);
        });

    [Fact]
    public Task A_problem_without_a_rule_name_keeps_its_English_sentence_in_Spanish() =>
        Speaking("es", () =>
        {
            var words = Services.GetRequiredService<IStringLocalizer<DeskText>>();
            var outcome = DeskOutcome.From(new ClaimInputInvalid(new Dictionary<string, string[]> { ["Order"] = ["The place must be a whole number from 1 to 20."] }))!;

            outcome.ErrorsIn(words)["Order"].ShouldBe(["The place must be a whole number from 1 to 20."]);
        });

    private static DeskOutcome Outcome(object command) =>
        DeskOutcome.From(Should.Throw<ClaimInputInvalid>(() => When(Given(Registered()), command)))!;
}
