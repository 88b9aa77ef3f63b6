using System.Text;

namespace ClaimTrack.Web.Features.Accounts;

/// <summary>Where a person goes after signing in: a path on this site, in ASCII, or the desk.</summary>
public static class ReturnAddress
{
    public const string Fallback = "/desk";

    /// <summary>
    /// Only paths on this site: a crafted returnUrl must not send a newsroom member elsewhere after signing in. A path
    /// with non-ASCII letters is percent-encoded (a raw one in the Location header was a 500); one with control
    /// characters or a backslash is not a path anyone was on, so it goes to the desk.
    /// </summary>
    public static string LocalOnly(string? url)
    {
        if (url is not { Length: > 0 } || url[0] != '/' || url.StartsWith("//", StringComparison.Ordinal)
            || url.Any(c => char.IsControl(c) || c == '\\')) return Fallback;
        var safe = new StringBuilder(url.Length);
        Span<byte> bytes = stackalloc byte[4];
        var at = 0;
        foreach (var rune in url.EnumerateRunes())
        {
            at += rune.Utf16SequenceLength;
            // A "%" that starts no escape is a percent sign: "%25", so the address stays well formed.
            if (rune.Value == '%' && !(at + 2 <= url.Length && char.IsAsciiHexDigit(url[at]) && char.IsAsciiHexDigit(url[at + 1])))
            {
                safe.Append("%25");
                continue;
            }
            if (rune.Value is > ' ' and <= '~') { safe.Append((char)rune.Value); continue; }
            var count = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..count]) safe.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return safe.ToString();
    }
}
