using System.Net.Mail;
using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Web.Features.ReaderRequests;

/// <summary>What a reader typed into a form, as posted (every field a string, trimmed, empty as null).</summary>
public sealed record ReaderFields(IReadOnlyDictionary<string, string?> Values)
{
    public string? this[string name] => Values.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;
}

/// <summary>
/// The size and shape rules of the reader forms: each broken rule is a message at its field, so the form comes back
/// with the reader's words in it and a sentence saying what to change.
/// </summary>
public static class ReaderForms
{
    public const string Said = "said", SaidBy = "saidby", Where = "where", Link = "link", Email = "email", Problem = "problem";
    /// <summary>The honeypot: hidden from people by the stylesheet, filled in by bots that fill in every field.</summary>
    public const string Honeypot = "website";
    public const string Stamp = "stamp";

    public const int SaidLimit = InputLimits.Statement, NameLimit = InputLimits.Name, ProblemLimit = InputLimits.Context;
    public const int LinkLimit = InputLimits.Url, EmailLimit = 254;

    public static Dictionary<string, string[]> CheckTip(ReaderFields form)
    {
        var errors = new Dictionary<string, string[]>();
        Need(form, Said, "Tell us what was said.", SaidLimit, errors);
        Need(form, SaidBy, "Tell us who said it.", NameLimit, errors);
        Size(form, Where, NameLimit, errors);
        CheckLink(form, errors);
        CheckEmail(form, errors);
        return errors;
    }

    public static Dictionary<string, string[]> CheckCorrection(ReaderFields form)
    {
        var errors = new Dictionary<string, string[]>();
        Need(form, Problem, "Tell us what is wrong and what you think is right.", ProblemLimit, errors);
        CheckLink(form, errors);
        CheckEmail(form, errors);
        return errors;
    }

    private static void Need(ReaderFields form, string field, string missing, int limit, Dictionary<string, string[]> errors)
    {
        if (form[field] is null) errors[field] = [missing];
        else Size(form, field, limit, errors);
    }

    private static void Size(ReaderFields form, string field, int limit, Dictionary<string, string[]> errors)
    {
        if (form[field] is { } text && text.Length > limit) errors[field] = [$"At most {limit:N0} characters, please (this has {text.Length:N0})."];
    }

    private static void CheckLink(ReaderFields form, Dictionary<string, string[]> errors)
    {
        if (form[Link] is not { } link) return;
        if (link.Length > LinkLimit) errors[Link] = [$"At most {LinkLimit:N0} characters, please."];
        else if (!Uri.TryCreate(link, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
            errors[Link] = ["A web address starting with https:// or http://, please."];
    }

    private static void CheckEmail(ReaderFields form, Dictionary<string, string[]> errors)
    {
        if (form[Email] is not { } email) return;
        if (email.Length > EmailLimit || !MailAddress.TryCreate(email, out var parsed) || parsed.Address != email)
            errors[Email] = ["That does not look like an email address. It is optional: leave it empty if you prefer."];
    }
}
