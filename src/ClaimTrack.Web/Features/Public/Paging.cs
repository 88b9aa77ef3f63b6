namespace ClaimTrack.Web.Features.Public;

/// <summary>Page numbers from the query string: absurd values are refused with a message, not turned into a 500.</summary>
public static class Paging
{
    public const int MaxPage = 1000;

    // Digits, with what a hand-typed or re-encoded address adds: spaces (a "+" in a query string is one) and a plus sign.
    private const System.Globalization.NumberStyles Number = System.Globalization.NumberStyles.AllowLeadingWhite
        | System.Globalization.NumberStyles.AllowTrailingWhite | System.Globalization.NumberStyles.AllowLeadingSign;

    public static bool TryRead(string? value, out int page)
    {
        page = 1;
        if (string.IsNullOrEmpty(value)) return true;
        return int.TryParse(value, Number, System.Globalization.CultureInfo.InvariantCulture, out page)
               && page is >= 1 and <= MaxPage;
    }

    public static int PageCount(long total, int size) => (int)Math.Max(1, (total + size - 1) / size);

    public static string BadPageMessage => $"The page number must be a whole number from 1 to {MaxPage}.";
}
