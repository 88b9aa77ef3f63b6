using System.Net;
using ClaimTrack.IntegrationTests.Support;

namespace ClaimTrack.IntegrationTests.Infrastructure;

public sealed class HealthTests(ClaimsDatabase db) : IClassFixture<ClaimsDatabase>
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_answer_healthy_when_the_database_is_up(string path)
    {
        using var client = db.App.CreateClient();

        var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }
}
