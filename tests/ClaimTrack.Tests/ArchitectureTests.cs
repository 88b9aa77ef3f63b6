using System.Reflection;
using ClaimTrack.Web.Features.Claims;
using NetArchTest.Rules;

namespace ClaimTrack.Tests;

/// <summary>
/// The arrows of docs/architecture.md, read from the compiled app (signatures and method bodies alike): the shell (App,
/// Program) -> feature slices -> the Claims core -> Infrastructure. A slice may use only the parts listed for it here;
/// adding an arrow means changing this table and the document together.
/// </summary>
public sealed class ArchitectureTests
{
    private const string App = "ClaimTrack.Web";
    private static readonly Assembly Web = typeof(Claim).Assembly;

    /// <summary>Each part of the app and the other parts it may use. Anything of the app not listed is out of bounds.</summary>
    private static readonly (string Part, string[] MayUse)[] Layers =
    [
        ("Infrastructure", []),
        // The words of the pages in each language (resx resources and their marker classes); knows nothing else.
        ("Localization", []),
        ("Features.Claims", ["Infrastructure"]),
        ("Features.Accounts", ["Features.Claims", "Infrastructure", "Localization"]),
        ("Features.Public", ["Features.Claims", "Infrastructure", "Localization"]),
        // The desk acts as a signed-in person, so it knows who that is (Accounts); never the reader's site.
        ("Features.Desk", ["Features.Accounts", "Features.Claims", "Features.Intake", "Features.Webhooks", "Infrastructure", "Localization"]),
        // Intake reads the core's claims (similar claims); the desk shows what it finds.
        ("Features.Intake", ["Features.Claims", "Infrastructure"]),
        // Webhooks announce public changes with the reader's address of the claim (PublicPaths), and know no desk.
        ("Features.Webhooks", ["Features.Claims", "Features.Public", "Infrastructure"]),
        // Reader requests: reader pages (Public's document and headers) and triage in the desk; the desk hears of a tip
        // through the hook it owns (IClaimLeads), so the desk knows nothing of intake.
        ("Features.ReaderRequests", ["Features.Accounts", "Features.Claims", "Features.Desk", "Features.Intake", "Features.Public", "Infrastructure", "Localization"]),
        // The evidence archive fetches and checks sources; the core keeps its records, the reader site and desk show them.
        ("Features.Archive", ["Features.Claims", "Infrastructure"]),
        // The demo contributes its staff's accounts through the hook Accounts owns (IStartingAccounts).
        ("Features.DemoNewsroom", ["Features.Accounts", "Features.Claims", "Infrastructure"]),
    ];

    // The shell (Components, and Program outside any namespace) may use every part.
    private static readonly string[] AllParts = ["Components", .. Layers.Select(l => l.Part)];

    public static TheoryData<string, string[]> Parts()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var (part, mayUse) in Layers) data.Add(part, mayUse);
        return data;
    }

    [Theory]
    [MemberData(nameof(Parts))]
    public void Each_part_uses_only_the_parts_below_it(string part, string[] allowed)
    {
        var forbidden = AllParts.Where(other => other != part && !allowed.Contains(other)).Select(other => $"{App}.{other}").ToArray();

        var result = Types.InAssembly(Web).That().ResideInNamespace($"{App}.{part}")
            .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();

        result.IsSuccessful.ShouldBeTrue(string.Join("\n", result.FailingTypes?.Select(t => $"{t.FullName}: {t.Explanation}") ?? []));
    }

    [Fact]
    public void Every_namespace_of_the_app_belongs_to_a_part()
    {
        var namespaces = Web.GetTypes().Select(t => t.Namespace).OfType<string>().Where(n => n.StartsWith(App, StringComparison.Ordinal)).Distinct();

        namespaces.Where(n => !AllParts.Any(part => n == $"{App}.{part}" || n.StartsWith($"{App}.{part}.", StringComparison.Ordinal)))
            .ShouldBeEmpty("A new top-level folder needs a place in the table above.");
    }

    [Fact]
    public void The_rules_can_fail()
    {
        // Were the checker blind to dependencies, every rule above would pass: the desk certainly uses the core.
        var result = Types.InAssembly(Web).That().ResideInNamespace($"{App}.Features.Desk")
            .ShouldNot().HaveDependencyOnAny($"{App}.Features.Claims").GetResult();

        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypes.ShouldContain(t => t.FullName == typeof(Web.Features.Desk.DeskActions).FullName);
    }
}
