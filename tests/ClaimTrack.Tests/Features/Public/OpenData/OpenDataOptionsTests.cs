using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Public.OpenData;
using Microsoft.Extensions.Configuration;

namespace ClaimTrack.Tests.Features.Public.OpenData;

/// <summary>The licence and sizes are checked at start-up: a wrong one would reach every aggregator and file.</summary>
public sealed class OpenDataOptionsTests
{
    private static OpenDataOptions Read(params (string Key, string Value)[] settings) => OpenDataOptions.Read(
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create<string, string?>($"{OpenDataOptions.Section}:{s.Key}", s.Value))).Build());

    [Fact]
    public void Without_settings_the_data_is_cc_by_4_0()
    {
        var options = Read();

        (options.LicenceName, options.LicenceUrl).ShouldBe(("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"));
        options.LicenceLink.ShouldBe("<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"");
    }

    [Theory]
    [InlineData("LicenceUrl", "CC BY 4.0", "LicenceUrl must be the licence's http(s) address")]
    [InlineData("LicenceUrl", "ftp://example.org/licence", "LicenceUrl must be the licence's http(s) address")]
    [InlineData("LicenceName", " ", "LicenceName must name the licence")]
    [InlineData("FeedPageSize", "0", "FeedPageSize must be from 1 to 5000")]
    [InlineData("ExportBatchSize", "many", "FeedPageSize and ExportBatchSize must be whole numbers")]
    public void A_setting_the_app_cannot_use_stops_it_with_a_sentence(string key, string value, string message) =>
        Should.Throw<NewsroomSettingInvalid>(() => Read((key, value))).Message.ShouldContain(message);
}
