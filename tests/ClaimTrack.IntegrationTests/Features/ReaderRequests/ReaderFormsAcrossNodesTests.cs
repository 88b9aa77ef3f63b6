using System.Net;
using ClaimTrack.IntegrationTests.Support;
using ClaimTrack.Web.Features.ReaderRequests;

namespace ClaimTrack.IntegrationTests.Features.ReaderRequests;

/// <summary>
/// A load balancer may send the form's GET to one node and its POST to another: the stamp is protected with the shared
/// key ring and the request lives in PostgreSQL, so nothing of a form or a request is one node's alone.
/// </summary>
public sealed class ReaderFormsAcrossNodesTests(TwoNodes nodes) : IClassFixture<TwoNodes>
{
    [Fact]
    public async Task A_form_shown_by_one_node_is_taken_by_the_other_and_either_node_opens_its_status_page()
    {
        using var onA = new ReaderFormClient(nodes.A);
        using var onB = new ReaderFormClient(nodes.B);
        var said = $"Across nodes {Guid.NewGuid():N}";
        var stampFromA = await onA.StampAsync(ReaderIntakePaths.Suggest);

        var (sent, body) = await onB.PostAsync(ReaderIntakePaths.Suggest,
            new Dictionary<string, string> { [ReaderForms.Said] = said, [ReaderForms.SaidBy] = "The mayor" }, stampFromA);

        sent.StatusCode.ShouldBe(HttpStatusCode.Redirect, body);
        var status = sent.Headers.Location!.OriginalString;
        (await onA.GetAsync(status)).Body.ShouldContain(said);
        (await onB.GetAsync(status)).Body.ShouldContain(said);
    }
}
