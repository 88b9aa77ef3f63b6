using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;
using ClaimTrack.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Tests.Features.Desk;

/// <summary>An action's English sentence reaches a Spanish desk in Spanish when DeskText knows it, else as written.</summary>
public sealed class DeskOutcomeWordsTests
{
    private static readonly StringLocalizer<DeskText> Words =
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Fact]
    public void Field_messages_and_refusals_are_said_in_the_persons_language()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            var invalid = DeskOutcome.From(new ClaimInputInvalid(new Dictionary<string, string[]>
            {
                ["Reply"] = ["Write the reply the reader will read."],
                ["Reason"] = ["A sentence nobody translated."],
            }))!;
            invalid.In(Words).ShouldBe("Escriba la respuesta que leerá el lector. A sentence nobody translated.");
            invalid.Errors.Field("Reply", Words).ShouldBe("Escriba la respuesta que leerá el lector.");
            invalid.Errors.Field("Missing", Words).ShouldBe("");
            DeskOutcome.From(new ClaimRuleBroken("This tip already became a claim."))!.In(Words).ShouldBe("Esta sugerencia ya se convirtió en afirmación.");
            DeskOutcome.Unavailable.In(Words).ShouldNotBe(DeskOutcome.NotAnswering);

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            invalid.In(Words).ShouldBe("Write the reply the reader will read. A sentence nobody translated.");
            DeskOutcome.Unavailable.In(Words).ShouldBe(DeskOutcome.NotAnswering);
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
