using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.ReaderRequests;
using Marten;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests;

/// <summary>The database stopping under a reader's post: a 503 with the form and the words kept, never a 500.</summary>
public sealed class ReaderFormsBlipTests(StoppableDatabase db) : IClassFixture<StoppableDatabase>
{
    [Fact]
    public async Task A_tip_the_database_stops_under_comes_back_unsent_with_its_words_and_the_resend_is_stored_once()
    {
        using var reader = new ReaderFormClient(db.App);
        var said = $"Blip {Guid.NewGuid():N}";
        var fields = new Dictionary<string, string> { [ReaderForms.Said] = said, [ReaderForms.SaidBy] = "The mayor" };
        var stamp = await reader.StampAsync(ReaderIntakePaths.Suggest);

        db.Interrupt.Arm();
        var (refused, body) = await reader.PostAsync(ReaderIntakePaths.Suggest, fields, stamp);

        refused.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        body.ShouldContain("Not sent: our database is not answering");
        body.ShouldContain(said);
        await db.StartAsync();
        var (sent, _) = await reader.PostAsync(ReaderIntakePaths.Suggest, fields);
        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await using var session = db.App.Store.QuerySession();
        (await session.Query<ReaderRequest>().CountAsync(r => r.Text == said)).ShouldBe(1);
    }
}
