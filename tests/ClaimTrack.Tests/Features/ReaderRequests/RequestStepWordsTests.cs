using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.ReaderRequests;
using ClaimTrack.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Tests.Features.ReaderRequests;

/// <summary>A reader request's history in the desk's language: every step a request can take, in Spanish and in English.</summary>
public sealed class RequestStepWordsTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Editor = new("editor-1", "Amir Haddad");
    private static readonly StringLocalizer<DeskText> Words =
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    // Every kind of step: the two kinds of request, then assigning, replying, a tip becoming a claim, a correction
    // linked, closing, and both erasures of the reader's address.
    private static IReadOnlyList<RequestStep> EverySteps()
    {
        var tip = ReaderRequest.Create(new TipSubmitted(Guid.NewGuid(), "HASH", "Crime fell by half.", "The mayor", "Radio 4", null, "reader@example.org", Monday));
        tip.Apply(new RequestAssigned(tip.Id, Editor, Editor, Monday));
        tip.Apply(new RequestAnswered(tip.Id, "Thanks.", Editor, Monday));
        tip.Apply(new TipTurnedIntoClaim(tip.Id, Guid.NewGuid(), Editor, Monday));
        tip.Apply(new ReaderEmailErased(tip.Id, EmailErasureCause.ReaderAsked, Monday));
        var correction = ReaderRequest.Create(new CorrectionRequested(Guid.NewGuid(), "HASH", Guid.NewGuid(), "Turnout was high.", "Wrong year.", null, "r@example.org", Monday));
        correction.Apply(new CorrectionLinked(correction.Id, Guid.NewGuid(), Editor, Monday));
        correction.Apply(new RequestClosed(correction.Id, "Corrected: the year.", Editor, Monday));
        correction.Apply(new ReaderEmailErased(correction.Id, EmailErasureCause.RetentionEnded, Monday));
        return [.. tip.Steps, .. correction.Steps];
    }

    private static string[] Worded(string tag)
    {
        var ui = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(tag);
        try { return [.. EverySteps().Select(s => RequestStepWords.In(s, Words))]; }
        finally { CultureInfo.CurrentUICulture = ui; }
    }

    [Fact]
    public void Every_step_reads_in_spanish_with_its_values_kept() =>
        Worded("es").ShouldBe([
            "envió la sugerencia", "la asignó a Amir Haddad", "respondió", "la convirtió en una afirmación", "pidió que olvidáramos su correo: borrado",
            "envió la solicitud de corrección", "enlazó la corrección a la que dio lugar", "la cerró: Corrected: the year.",
            "borró el correo del lector: terminó el plazo de conservación"]);

    [Fact]
    public void English_reads_as_stored() => Worded("en").ShouldBe([.. EverySteps().Select(s => s.What)]);
}
