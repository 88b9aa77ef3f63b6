using ClaimTrack.Web.Infrastructure.Observability;

namespace ClaimTrack.Tests.Infrastructure.Observability;

public sealed class MetricsOptionsTests
{
    [Fact]
    public void The_scrape_listens_on_loopback_unless_told_otherwise()
    {
        new MetricsOptions().UrlList().ShouldBe(["http://127.0.0.1:9464"]);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ; ")]
    public void An_empty_setting_turns_the_endpoint_off(string urls)
    {
        new MetricsOptions { Urls = urls }.UrlList().ShouldBeEmpty();
    }

    [Fact]
    public void Several_addresses_are_separated_by_semicolons_as_in_aspnet_urls()
    {
        new MetricsOptions { Urls = "http://127.0.0.1:9464; http://[::1]:9464" }.UrlList().ShouldBe(["http://127.0.0.1:9464", "http://[::1]:9464"]);
    }

    [Theory]
    [InlineData(0, 0.2)]
    [InlineData(-5, 0.2)]
    [InlineData(10, 10)]
    [InlineData(1e9, 3600)]
    public void The_lag_is_read_at_most_five_times_a_second_and_at_least_hourly(double seconds, double expected)
    {
        new MetricsOptions { ProjectionLagSeconds = seconds }.ProjectionLagInterval().ShouldBe(TimeSpan.FromSeconds(expected));
    }
}
