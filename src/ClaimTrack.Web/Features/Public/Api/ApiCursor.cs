using System.Buffers.Binary;
using System.Globalization;

namespace ClaimTrack.Web.Features.Public.Api;

/// <summary>
/// Where the next page of claims starts: just after this claim in the list's order (last change newest first, then id).
/// A position rather than a page number, so a claim published while a client walks the list neither repeats nor hides
/// one of the claims still to come, and a deep page costs an index seek instead of skipping every claim before it.
/// Opaque to clients (base64url of the change time and the id), but not secret: it names a claim they have already seen.
/// </summary>
public sealed record ApiCursor(DateTimeOffset UpdatedAt, Guid ClaimId)
{
    // 8 bytes of UTC ticks and 16 of id: 32 base64url characters, no padding.
    private const int Bytes = 24;
    public const int TextLength = 32;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Bytes];
        BinaryPrimitives.WriteInt64BigEndian(bytes, UpdatedAt.UtcTicks);
        ClaimId.TryWriteBytes(bytes[8..]);
        return Convert.ToBase64String(bytes).Replace('+', '-').Replace('/', '_');
    }

    public static ApiCursor? TryDecode(string? text)
    {
        if (text is not { Length: TextLength }) return null;
        Span<byte> bytes = stackalloc byte[Bytes];
        if (!Convert.TryFromBase64String(text.Replace('-', '+').Replace('_', '/'), bytes, out var written) || written != Bytes) return null;
        var ticks = BinaryPrimitives.ReadInt64BigEndian(bytes);
        if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks) return null;
        return new ApiCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes[8..]));
    }

    /// <summary>
    /// The time written for the database to parse as it parses the stored document's: both round the same seven
    /// decimals to its six, so the claim the cursor names compares equal to itself and the id breaks the tie.
    /// </summary>
    public string UpdatedAtText => UpdatedAt.ToString("O", CultureInfo.InvariantCulture);
}
