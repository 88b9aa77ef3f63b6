using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Evidence;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Claims.Writing;

namespace ClaimTrack.Bench;

/// <summary>
/// "proposals N": N claims, each registered with evidence and a first verdict proposed by a reporter, waiting in the
/// review queue. The cluster benchmark (deploy/bench/cluster.sh) approves them one by one on node A, in a browser, and
/// times each until node B's reader page shows it. Written through the app's own writer, as the desk writes them.
/// Prints one line per claim: id, public path, statement.
/// </summary>
public static class BenchProposals
{
    // Someone other than the editor who approves: an editor never approves their own proposal.
    private static readonly Actor Reporter = new("bench-reporter", "Bench Reporter");

    public static async Task RunAsync(ClaimWriter writer, TextWriter output, int count)
    {
        var run = DateTimeOffset.UtcNow;
        for (var i = 1; i <= count; i++)
        {
            var id = Guid.NewGuid();
            // A token in each statement and summary, so the reader page of one claim cannot be mistaken for another's.
            var token = string.Create(CultureInfo.InvariantCulture, $"{run:HHmmss}-{i:000}");
            var statement = $"Bench claim {token}: the ministry counted every ballot twice in district {i}.";
            var at = run.AddSeconds(i);
            var version = await writer.RegisterAsync(new RegisterClaim(id, statement, true, "Bench Claimant", ClaimantKind.Person,
                "Spokesperson", "Evening Bulletin", "https://news.example.org/bench", DateOnly.FromDateTime(run.UtcDateTime), null, ["elections"]), Reporter, at);
            version = await writer.ExecuteAsync(id, version, new AttachEvidence(Guid.NewGuid(), new EvidenceDetails("Official count",
                EvidenceKind.OfficialRecord, "https://elections.example.org/count", null, "Electoral council", DateOnly.FromDateTime(run.UtcDateTime),
                "Each ballot counted once.", Stance.Contradicts)), Reporter, at);
            await writer.ExecuteAsync(id, version, new ProposeVerdict(Guid.NewGuid(), "false", $"Counted once, not twice ({token}).",
                "The council's count shows each ballot once.", null), Reporter, at);
            await output.WriteLineAsync($"{id}\t/claims/{id}/{Slugs.From(statement)}\t{statement}");
        }
    }
}
