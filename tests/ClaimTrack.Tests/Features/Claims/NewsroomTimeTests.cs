using ClaimTrack.Web.Features.Claims;

namespace ClaimTrack.Tests.Features.Claims;

public sealed class NewsroomTimeTests
{
    private static readonly DateTimeOffset Noon = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Times_are_shown_on_the_newsrooms_clock_with_the_offset_beside_them()
    {
        NewsroomTime.From("America/Caracas").Format(Noon).ShouldBe("2025-03-10 08:00 UTC-04:00");
        NewsroomTime.From("Asia/Kolkata").Format(Noon).ShouldBe("2025-03-10 17:30 UTC+05:30");
        NewsroomTime.From("America/Caracas").Describe(Noon).ShouldBe("America/Caracas, UTC-04:00");
    }

    [Fact]
    public void The_offset_follows_daylight_saving_time()
    {
        var madrid = NewsroomTime.From("Europe/Madrid");

        madrid.Format(new DateTimeOffset(2025, 1, 15, 12, 0, 0, TimeSpan.Zero)).ShouldBe("2025-01-15 13:00 UTC+01:00");
        madrid.Format(new DateTimeOffset(2025, 7, 15, 12, 0, 0, TimeSpan.Zero)).ShouldBe("2025-07-15 14:00 UTC+02:00");
    }

    [Fact]
    public void No_setting_means_UTC()
    {
        NewsroomTime.From(null).Format(Noon).ShouldBe("2025-03-10 12:00 UTC");
        NewsroomTime.From(" ").Describe(Noon).ShouldBe("UTC");
    }

    [Fact]
    public void An_unknown_zone_is_refused_in_one_sentence_that_names_the_setting()
    {
        var act = () => NewsroomTime.From("Mars/Olympus_Mons");

        act.ShouldThrow<NewsroomSettingInvalid>().Message
            .ShouldBe("ClaimTrack:Newsroom:TimeZone is 'Mars/Olympus_Mons', which is not a time zone this machine knows: use an IANA id such as America/Caracas, or leave it unset for UTC.");
    }

    [Fact]
    public void A_newsroom_day_starts_at_its_own_midnight()
    {
        NewsroomTime.From("America/Caracas").StartOf(new DateOnly(2025, 3, 10)).ShouldBe(new DateTimeOffset(2025, 3, 10, 4, 0, 0, TimeSpan.Zero));
        // Santiago skips midnight when summer time starts (2024-09-08): the day starts at 01:00 local, 04:00 UTC.
        NewsroomTime.From("America/Santiago").StartOf(new DateOnly(2024, 9, 8)).ShouldBe(new DateTimeOffset(2024, 9, 8, 4, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void Words_put_every_time_on_the_newsrooms_clock()
    {
        FormattableString words = $"Rosa Díaz published the claim at {Noon:u}";

        NewsroomTime.From("America/Caracas").Words(words).ShouldBe("Rosa Díaz published the claim at 2025-03-10 08:00 UTC-04:00");
    }
}
