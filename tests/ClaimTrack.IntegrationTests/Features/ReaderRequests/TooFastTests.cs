using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.ReaderRequests;
using Marten;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests;

/// <summary>An app that wants an hour between showing a form and its post, so every post in a test is "too fast".</summary>
public sealed class SlowFormsDatabase(TestCluster cluster) : IAsyncLifetime
{
    public ClaimTrackApp App { get; private set; } = null!;

    public async ValueTask InitializeAsync() => App = await ClaimTrackApp.StartAsync(cluster, "slowforms",
        settings: new Dictionary<string, string> { ["ClaimTrack:Intake:MinSecondsToSubmit"] = "3600" });

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

public sealed class TooFastTests(SlowFormsDatabase db) : IClassFixture<SlowFormsDatabase>, IDisposable
{
    private readonly ReaderFormClient _reader = new(db.App);

    [Fact]
    public async Task A_form_sent_sooner_than_the_minimum_comes_back_with_a_fresh_stamp_and_nothing_is_stored()
    {
        var said = $"Quick {Guid.NewGuid():N}";
        var stamp = await _reader.StampAsync(ReaderIntakePaths.Suggest);

        var (response, body) = await _reader.PostAsync(ReaderIntakePaths.Suggest,
            new Dictionary<string, string> { [ReaderForms.Said] = said, [ReaderForms.SaidBy] = "The mayor" }, stamp);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        body.ShouldContain("sent very quickly");
        body.ShouldContain(said);
        body.ShouldNotContain(stamp);
        await using var session = db.App.Store.QuerySession();
        (await session.Query<ReaderRequest>().CountAsync(r => r.Text == said)).ShouldBe(0);
    }

    public void Dispose() => _reader.Dispose();
}
