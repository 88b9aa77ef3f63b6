using System.Globalization;
using System.Text.RegularExpressions;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Assignments;
using ClaimTrack.Web.Features.Claims.FrontPage;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Ratings;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Features.Desk.Import;
using ClaimTrack.Web.Features.Desk.Notes;
using ClaimTrack.Web.Features.Desk.Notifications;
using ClaimTrack.Web.Features.Desk.Translations;
using ClaimTrack.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Desk;

/// <summary>
/// Sentences with names and numbers in them, in both desk languages: the decisions' coded refusals, the history lines
/// worded from the events, notifications worded when shown, and languages named rather than tagged. English stays
/// exactly the decision's own sentence.
/// </summary>
public sealed partial class DeskWordsTests
{
    private static readonly StringLocalizer<DeskText> Words =
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static readonly NewsroomTime Caracas = NewsroomTime.From("America/Caracas");

    private static T Speaking<T>(string tag, Func<T> test)
    {
        var (ui, formats) = (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture);
        (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (CultureInfo.GetCultureInfo(tag), CultureInfo.GetCultureInfo(tag));
        try { return test(); }
        finally { (CultureInfo.CurrentUICulture, CultureInfo.CurrentCulture) = (ui, formats); }
    }

    private static DeskOutcome Refusal(Action decide)
    {
        var refused = Should.Throw<Exception>(decide);
        return DeskOutcome.From(refused)!;
    }

    [Fact]
    public void A_refusal_with_a_number_reads_in_Spanish_and_stays_the_decisions_English_in_English()
    {
        var pinned = Given([.. PublishedHistory(), new ClaimPinned(ClaimId, 3, Editor, Now)]);
        var outcome = Refusal(() => FrontPagePinDecision.Pin(pinned, new PinClaim(3), Editor, Now));

        Speaking("es", () => outcome.In(Words)).ShouldBe("Esta afirmación ya está fijada en el puesto 3.");
        Speaking("en", () => outcome.In(Words)).ShouldBe("This claim is already pinned at place 3.");
        outcome.Message.ShouldBe("This claim is already pinned at place 3.");
    }

    [Fact]
    public void A_refusal_naming_a_person_and_a_kind_of_change_words_the_kind_in_Spanish()
    {
        var waiting = Given(Proposing(PublishedHistory(), new RetractClaim("Misattributed.", ChangeId)));
        var outcome = Refusal(() => ProposeUpdateDecision.Decide(waiting, new ProposeUpdate(Guid.NewGuid(), "Another."), Reporter, Now));

        Speaking("es", () => outcome.In(Words)).ShouldBe(
            "Ya hay un cambio (retractación) propuesto por Rosa Díaz a la espera de revisión; primero hay que aprobarlo o devolverlo.");
        Speaking("en", () => outcome.In(Words)).ShouldBe(
            "A change (retraction) proposed by Rosa Díaz is already waiting for review; it must be approved or sent back first.");
    }

    [Fact]
    public void The_rating_scales_problems_are_each_worded_in_Spanish_and_said_together()
    {
        var current = RatingScale.Default();
        var edited = current.Copy();
        edited.Ratings.RemoveAt(0);
        edited.Ratings[0] = edited.Ratings[0] with { Colour = "red" };
        var outcome = Refusal(() => ScaleRules.Check(current, edited));
        var gone = current.Ratings[0].Label;
        var red = edited.Ratings[0].Label;

        Speaking("es", () => outcome.In(Words)).ShouldBe(
            $"La calificación «{gone}» no se puede quitar, solo retirar: la usan veredictos publicados. «{red}» necesita un color como #1b7f3b.");
        Speaking("en", () => outcome.In(Words)).ShouldBe(
            $"The rating \"{gone}\" cannot be removed, only retired: published verdicts use it. \"{red}\" needs a colour like #1b7f3b.");
    }

    [Fact]
    public void A_new_ratings_field_problems_read_in_Spanish()
    {
        var invalid = Refusal(() => ScaleRules.CheckNew(RatingScale.Default(), new NewRating(new string('x', 45), 99, "#123456", "")));

        var spanish = Speaking("es", () => invalid.ErrorsIn(Words));
        spanish["Label"].ShouldBe(["Demasiado largo: 45 caracteres, como máximo 40."]);
        spanish["Definition"].ShouldBe(["Diga qué significa la calificación: los lectores lo ven en la página de metodología."]);
        spanish["ClaimReviewValue"].Single().ShouldStartWith("El valor de ClaimReview debe ir de ");
        Speaking("en", () => invalid.ErrorsIn(Words))["Label"].ShouldBe(["Keep the label to 40 characters."]);
    }

    [Fact]
    public void An_imports_refusal_with_a_line_number_reads_in_Spanish()
    {
        var refused = Should.Throw<ImportInputInvalid>(() => ClaimReviewReader.Read("{ \"@type\": \"ClaimReview\",\n  \"url\": "));

        Speaking("es", () => refused.Sentence.In(Words)).ShouldBe("La entrada parece JSON pero no es JSON válido (línea 2).");
        Speaking("en", () => refused.Sentence.In(Words)).ShouldBe("The input looks like JSON but is not valid JSON (line 2).");
        refused.Message.ShouldBe("The input looks like JSON but is not valid JSON (line 2).");
    }

    [Fact]
    public void A_role_refusal_names_the_role_in_the_persons_language()
    {
        var outcome = DeskOutcome.From(new DeskActionForbidden(new ApprovePublicChange(ChangeId)))!;

        Speaking("es", () => outcome.In(Words)).ShouldBe(
            "Su rol no permite esta acción: hace falta el rol Editor. No se guardó nada; pida a un administrador que cambie su rol si debería permitirla.");
        Speaking("en", () => outcome.In(Words)).ShouldBe(
            "Your role does not allow this: approve public change needs the Editor role. Nothing was saved; ask an Admin if your role should allow it.");
    }

    [Fact]
    public void A_fixed_refusal_is_looked_up_by_its_English_and_one_nobody_translated_stays_English()
    {
        var outcome = Refusal(() => FrontPagePinDecision.Pin(Given(Registered()), new PinClaim(1), Editor, Now));

        Speaking("es", () => outcome.In(Words)).ShouldBe("Solo una afirmación publicada se puede fijar en la portada.");
        Speaking("es", () => DeskOutcome.From(new ClaimRuleBroken("Nobody has translated this."))!.In(Words)).ShouldBe("Nobody has translated this.");
        Speaking("es", () => DeskOutcome.From(new ClaimRuleBroken("NoSuchCode", "A coded one nobody worded: 4.", 4))!.In(Words)).ShouldBe("A coded one nobody worded: 4.");
    }

    [Fact]
    public void A_field_problem_naming_a_person_reads_in_Spanish()
    {
        var gone = new Assignee("gone", "Pedro Ido", null);
        var invalid = Refusal(() => AssignClaimDecision.Decide(Given(Registered()), new AssignClaim(gone, null, null, ClaimPriority.Normal),
            new DecisionInputs(Scale, Newsroom, Editor, Now)));

        Speaking("es", () => invalid.ErrorsIn(Words)["Owner"]).ShouldBe(
            ["Pedro Ido no tiene una cuenta activa en la redacción (bloqueada o sin rol): elija a otra persona."]);
        Speaking("en", () => invalid.ErrorsIn(Words)["Owner"]).ShouldBe(
            ["Pedro Ido has no active desk account (locked, or without a role): pick someone else."]);
    }

    [Fact]
    public void History_lines_read_in_Spanish_from_the_events_and_exactly_as_before_in_English()
    {
        var events = new object[]
        {
            Registered(),
            EvidenceAttached(),
            new ClaimTextEdited(ClaimId, "Turnout was the highest in forty years.", false, "Said on the radio.", "en", Reporter, Now,
                new ClaimText("Turnout was the highest in forty years.", false, null, "en")),
            new PriorityChanged(ClaimId, ClaimPriority.High, ClaimPriority.Normal, Editor, Now),
            new ClaimPinned(ClaimId, 2, Editor, Now),
        };
        var history = events.Select((e, i) => ((long)i + 1, e)).ToList();

        var spanish = Speaking("es", () => ClaimHistory.Lines(history, Caracas, Words)).Select(l => l.What).Reverse().ToList();
        var english = Speaking("en", () => ClaimHistory.Lines(history, Caracas, Words)).Select(l => l.What).Reverse().ToList();

        spanish.ShouldBe(
        [
            "Rosa Díaz registró la afirmación el 2025-03-07 08:00 UTC-04:00",
            "Rosa Díaz adjuntó la prueba «Official turnout figures» el 2025-03-08 08:00 UTC-04:00",
            "Rosa Díaz editó el contexto: «» → «Said on the radio.» el 2025-03-10 08:00 UTC-04:00",
            "Amir Haddad cambió la prioridad de normal a alta el 2025-03-10 08:00 UTC-04:00",
            "Amir Haddad fijó la afirmación en la portada, puesto 2, el 2025-03-10 08:00 UTC-04:00",
        ]);
        // English is what the claim's own words say, the same the conflict notice and the API's logs use.
        english.ShouldBe([.. events.Select(e => ClaimConflicts.Describe(e, Caracas))]);
        english[2].ShouldBe("Rosa Díaz edited the context: «» → «Said on the radio.» at 2025-03-10 08:00 UTC-04:00");
    }

    [Fact]
    public void A_conflict_names_the_newer_changes_in_Spanish_from_their_events()
    {
        var newer = new ClaimEditConflict(ClaimId, 3, 4, "Mei Tanaka withdrew a piece of evidence at 2025-03-10 12:00 UTC")
        {
            NewerEvents = [EvidenceWithdrawn()],
        };

        Speaking("es", () => HistoryWords.Newer(newer, NewsroomTime.Utc, Words)).ShouldStartWith("Rosa Díaz retiró una prueba el ");
        Speaking("en", () => HistoryWords.Newer(newer, NewsroomTime.Utc, Words))
            .ShouldBe(ClaimConflicts.Describe(newer.NewerEvents, NewsroomTime.Utc));
        Speaking("es", () => HistoryWords.Newer(new ClaimEditConflict(ClaimId, 3, 4, "stored words"), null, Words)).ShouldBe("stored words");
    }

    [Fact]
    public void Every_Spanish_history_pattern_keeps_the_blanks_of_its_English_one()
    {
        var spanish = Speaking("es", () => Words.GetAllStrings(includeParentCultures: false).ToList());
        var patterns = spanish.Where(s => s.Name.StartsWith(HistoryWords.Prefix, StringComparison.Ordinal)).ToList();

        patterns.Count.ShouldBeGreaterThan(40);
        foreach (var pattern in patterns)
            Blanks(pattern.Value).ShouldBe(Blanks(pattern.Name[HistoryWords.Prefix.Length..]), pattern.Name);
    }

    [Fact]
    public void A_notification_is_worded_when_shown_and_an_old_one_shows_as_stored()
    {
        var (draft, words) = NotificationRules.Worded(new NoteAdded(ClaimId, Guid.NewGuid(), "@amir can you call?", [Editor], Reporter, Now), null,
            [new("editor", "Amir Haddad", "amir", "amir", null, ["Editor"]), new("reporter", "Rosa Díaz", "rosa", "rosa", null, ["Reporter"])], Now).ShouldHaveSingleItem();
        var stored = new DeskNotification { What = draft.What, WhatCode = words.Code, WhatValues = [.. words.Values] };

        Speaking("es", () => NotificationWords.In(stored, Words)).ShouldBe("Rosa Díaz le mencionó en una nota: “@amir can you call?”");
        Speaking("en", () => NotificationWords.In(stored, Words)).ShouldBe("Rosa Díaz mentioned you in a note: “@amir can you call?”");
        Speaking("es", () => NotificationWords.In(new DeskNotification { What = "Rosa Díaz approved your verdict" }, Words))
            .ShouldBe("Rosa Díaz approved your verdict");
    }

    [Fact]
    public void Every_kind_of_public_change_has_its_notifications_in_Spanish()
    {
        var spanish = Speaking("es", () => Words.GetAllStrings(includeParentCultures: false).Select(s => s.Name).ToHashSet());

        foreach (var kind in Enum.GetValues<PublicChangeKind>())
        {
            spanish.ShouldContain($"Notification_ReviewChange_{kind}");
            spanish.ShouldContain($"Notification_SentBackChange_{kind}");
            spanish.ShouldContain($"Word_PublicChangeKind_{kind}");
        }
    }

    [Theory]
    [InlineData("es", "es", "español")]
    [InlineData("es", "en", "inglés")]
    [InlineData("en", "es", "Spanish")]
    [InlineData("en", "pt-br", "Portuguese (Brazil)")]
    [InlineData("es", "de", "Deutsch")]
    public void Languages_are_named_in_the_persons_language(string desk, string tag, string name) =>
        Speaking(desk, () => LanguageNames.Of(tag, Words)).ShouldBe(name);

    [Fact]
    public void In_a_sentence_a_language_is_named_where_the_desk_language_names_it_and_English_keeps_the_tag()
    {
        Speaking("es", () => LanguageNames.InSentence("en", Words)).ShouldBe("inglés");
        Speaking("en", () => LanguageNames.InSentence("es", Words)).ShouldBe("es");
    }

    private static string[] Blanks(string text) => [.. Blank().Matches(text).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Blank();
}
