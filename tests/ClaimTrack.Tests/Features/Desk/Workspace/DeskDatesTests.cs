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
}
