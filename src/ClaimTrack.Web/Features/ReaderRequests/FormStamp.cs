using System.Globalization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace ClaimTrack.Web.Features.ReaderRequests;

public enum StampCheck { Fine, Missing, Forged, TooFast, Expired }

/// <summary>
/// The hidden field of a reader form: the time it was shown and the form it belongs to, protected with the shared
/// Data Protection key ring (any node can read another's). It stands in for an antiforgery cookie, which reader pages
/// never send: a reader form carries no one's authority (no sign-in), so there is nothing for a cross-site post to
/// borrow; what the stamp proves is that the form was fetched from us, at least a few seconds ago and not too long ago.
/// </summary>
public sealed class FormStamp(IDataProtectionProvider protection, TimeProvider clock, IOptions<IntakeOptions> options)
{
    private readonly IDataProtector _protector = protection.CreateProtector("ClaimTrack.Intake.FormStamp");

    /// <param name="form">Which form, e.g. "tip" or "correction:{claim id}": a stamp fits only the form it was made for.</param>
    public string Issue(string form) =>
        _protector.Protect($"{form}|{clock.GetUtcNow().ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}");

    public StampCheck Check(string? stamp, string form)
    {
        if (string.IsNullOrEmpty(stamp)) return StampCheck.Missing;
        string text;
        try { text = _protector.Unprotect(stamp); }
        catch (System.Security.Cryptography.CryptographicException) { return StampCheck.Forged; }
        var bar = text.LastIndexOf('|');
        if (bar < 0 || text[..bar] != form || !long.TryParse(text[(bar + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
            return StampCheck.Forged;
        var age = clock.GetUtcNow() - DateTimeOffset.FromUnixTimeMilliseconds(ms);
        if (age < TimeSpan.FromSeconds(options.Value.MinSecondsToSubmit)) return StampCheck.TooFast;
        if (age > TimeSpan.FromMinutes(options.Value.FormLifetimeMinutes)) return StampCheck.Expired;
        return StampCheck.Fine;
    }

    public static string Words(StampCheck check) => check switch
    {
        StampCheck.TooFast => "That was sent very quickly after the form opened, as programs do. Please check your words and send it again.",
        StampCheck.Expired => "This form was open too long ago. Your words are kept below; please send it again.",
        _ => "This form could not be checked (it may have been copied from another page). Your words are kept below; please send it again.",
    };
}
