using System.Globalization;
using ClaimTrack.Web.Features.Public.Languages;

namespace ClaimTrack.Tests.Features.Public.Languages;

public sealed class ReaderFormatTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly CultureInfo Spanish = CultureInfo.GetCultureInfo("es-419");
    private static readonly DateTimeOffset June3 = new(2025, 6, 3, 23, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("en-GB", "3 June 2025")]
    [InlineData("es-419", "3 de junio de 2025")]
    [InlineData("es-ES", "3 de junio de 2025")]
    [InlineData("en-US", "June 3, 2025")]
    public void A_day_is_written_as_the_culture_writes_a_long_date_without_the_weekday(string culture, string expected) =>
        ReaderFormat.Day(June3, CultureInfo.GetCultureInfo(culture)).ShouldBe(expected);

    [Fact]
    public void A_day_is_the_utc_day_whatever_the_offset_of_the_moment()
    {
        // 01:30 on the 4th in Caracas-minus-nothing is still the 3rd in UTC, as the datetime attribute says.
        ReaderFormat.Day(new DateTimeOffset(2025, 6, 4, 1, 30, 0, TimeSpan.FromHours(2)), English).ShouldBe("3 June 2025");
        ReaderFormat.Day(new DateOnly(2015, 12, 6), Spanish).ShouldBe("6 de diciembre de 2015");
    }

    [Theory]
    [InlineData("en-GB", 12345, "12,345")]
    [InlineData("es-419", 12345, "12,345")]
    [InlineData("es-ES", 12345, "12.345")]
    [InlineData("es-VE", 1234567, "1.234.567")]
    [InlineData("en-GB", 7, "7")]
    public void Counts_are_grouped_as_the_culture_groups_them(string culture, long count, string expected) =>
        ReaderFormat.Count(count, CultureInfo.GetCultureInfo(culture)).ShouldBe(expected);

    [Fact]
    public void Without_a_culture_the_current_one_is_used()
    {
        var before = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = Spanish;
            ReaderFormat.Day(June3).ShouldBe("3 de junio de 2025");
            CultureInfo.CurrentCulture = English;
            ReaderFormat.Day(June3).ShouldBe("3 June 2025");
        }
        finally { CultureInfo.CurrentCulture = before; }
    }
}
