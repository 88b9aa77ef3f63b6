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

/// <summary>The probes a balancer and Kubernetes ask: with the database gone a node is live but not ready, and ready again
/// once the database is back, without a restart.</summary>
public sealed class ReadinessTests(StoppableDatabase db) : IClassFixture<StoppableDatabase>
{
    [Fact]
    public async Task A_node_whose_database_stopped_is_live_but_not_ready_until_the_database_is_back()
    {
        using var client = db.App.CreateClient();
        var ct = TestContext.Current.CancellationToken;
        (await client.GetAsync(new Uri("/health/ready", UriKind.Relative), ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await db.StopAsync();
        try
        {
            var ready = await client.GetAsync(new Uri("/health/ready", UriKind.Relative), ct);
            var live = await client.GetAsync(new Uri("/health/live", UriKind.Relative), ct);

            (ready.StatusCode, await ready.Content.ReadAsStringAsync(ct)).ShouldBe((HttpStatusCode.ServiceUnavailable, "Unhealthy"));
            live.StatusCode.ShouldBe(HttpStatusCode.OK);
        }
        finally
        {
            await db.StartAsync();
        }

        // The pool may hand out one connection the restart broke: ready comes back on a later probe, as a balancer's.
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(30),
            async () => (await client.GetAsync(new Uri("/health/ready", UriKind.Relative), ct)).StatusCode == HttpStatusCode.OK,
            "/health/ready answers 200 again after the database came back", TimeSpan.FromMilliseconds(250));
    }
}
