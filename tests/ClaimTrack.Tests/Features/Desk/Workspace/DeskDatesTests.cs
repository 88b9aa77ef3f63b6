using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk.Workspace;

namespace ClaimTrack.Tests.Features.Desk.Workspace;

public sealed class DeskDatesTests
{
    private static readonly DateOnly Day = new(2026, 3, 4);

    [Fact]
    public void Without_a_culture_days_are_ISO_never_month_first()
    {
        var dates = new DeskDates(null, NewsroomTime.Utc);

        dates.Show(Day).ShouldBe("2026-03-04");
        dates.Placeholder.ShouldBe("yyyy-mm-dd");
    }

    [Fact]
    public void A_newsroom_culture_writes_days_its_way_with_four_digit_years()
    {
        var dates = new DeskDates(CultureInfo.GetCultureInfo("en-GB"), NewsroomTime.Utc);

        dates.Show(Day).ShouldBe("04/03/2026");
        dates.Format.ShouldContain("yyyy");
    }

    [Fact]
    public void Today_is_the_newsrooms_day_not_the_servers()
    {
        var dates = new DeskDates(null, NewsroomTime.From("America/Caracas"));

        // 02:00 UTC on the 30th is still the evening of the 29th in Caracas.
        dates.Today(new DateTimeOffset(2026, 11, 30, 2, 0, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 11, 29));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("", true)]
    [InlineData("en-GB", true)]
    [InlineData("xx-Nowhere", false)]
    public void A_misspelt_culture_is_refused(string? name, bool known)
    {
        DeskDates.Known(name).ShouldBe(known);
    }

    [Fact]
    public void A_person_who_chose_Spanish_gets_Spanish_days_day_first()
    {
        var dates = new DeskDates(null, NewsroomTime.Utc, newsroomLanguage: "en");

        var shown = InLanguage("es", () => (dates.Show(Day), dates.Culture.Name));

        shown.Item1.ShouldMatch("^0?4/0?3/2026$");
        shown.Item2.ShouldBe("es");
    }

    [Fact]
    public void The_newsrooms_regional_culture_wins_for_its_own_language()
    {
        var dates = new DeskDates(CultureInfo.GetCultureInfo("es-VE"), NewsroomTime.Utc, newsroomLanguage: "en");

        InLanguage("es", () => dates.Culture.Name).ShouldBe("es-VE");
        // The newsroom's first language keeps the newsroom's setting, whatever it is.
        InLanguage("en", () => dates.Culture.Name).ShouldBe("es-VE");
    }

    // The desk sets the culture per circuit; a test sets it around the call and puts it back.
    private static T InLanguage<T>(string tag, Func<T> read)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(tag);
        try { return read(); }
        finally { CultureInfo.CurrentUICulture = before; }
    }
}
