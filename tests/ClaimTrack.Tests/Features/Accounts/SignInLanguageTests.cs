using System.Globalization;
using ClaimTrack.Web.Features.Accounts;
using ClaimTrack.Web.Localization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Tests.Features.Accounts;

/// <summary>
/// Before anyone signs in, the account pages speak the browser's language when the newsroom offers it; Identity's
/// refusals (wrong password, short password, email in use) are worded in the request's language with Identity's codes.
/// </summary>
public sealed class SignInLanguageTests
{
    private static readonly string[] Languages = ["en", "es"];

    private static string? From(string? header)
    {
        var context = new DefaultHttpContext();
        if (header is not null) context.Request.Headers.AcceptLanguage = header;
        return DeskLanguage.FromBrowser(context, Languages);
    }

    [Theory]
    [InlineData("es-VE,es;q=0.9,en;q=0.5", "es")]
    [InlineData("fr-FR, es;q=0.8, en;q=0.9", "en")]
    [InlineData("ES", "es")]
    [InlineData("de, es;q=0", null)]
    [InlineData("fr", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    [InlineData("es;q=abc,,;;", null)]
    public void The_browsers_first_offered_language_wins(string? header, string? expected) => From(header).ShouldBe(expected);

    [Fact]
    public void Identity_refusals_are_in_Spanish_for_Spanish_and_keep_their_codes()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            var errors = new DeskIdentityErrors(Words());
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            var spanish = errors.PasswordMismatch();
            spanish.Description.ShouldBe("La contraseña no es correcta.");
            spanish.Code.ShouldBe(nameof(DeskIdentityErrors.PasswordMismatch));
            errors.PasswordTooShort(10).Description.ShouldBe("La contraseña debe tener al menos 10 caracteres.");
            errors.DuplicateEmail("rosa@example.org").Description.ShouldBe("El correo electrónico 'rosa@example.org' ya está en uso.");

            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            errors.PasswordMismatch().Description.ShouldBe("Incorrect password.");
            errors.PasswordTooShort(10).Description.ShouldBe("Passwords must be at least 10 characters.");
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    [Fact]
    public void The_sign_in_forms_field_messages_follow_the_request_language()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("es");
            AccountFieldText.Account_EnterEmail.ShouldBe("Escriba su correo electrónico.");
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            AccountFieldText.Account_EnterEmail.ShouldBe("Enter your email.");
        }
        finally { CultureInfo.CurrentUICulture = before; }
    }

    private static StringLocalizer<DeskText> Words() =>
        new(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));
}
