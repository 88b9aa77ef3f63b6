using System.Reflection;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Registration;
using ClaimTrack.Web.Features.Claims.Verdicts;
using ClaimTrack.Web.Features.Claims.Writing;
using static ClaimTrack.Tests.Features.Claims.ClaimScenario;

namespace ClaimTrack.Tests.Features.Claims.Writing;

/// <summary>A command has one home: a decision, a role and words for what it appends. These find the ones that do not.</summary>
public sealed class ClaimCommandCatalogTests
{
    private static readonly Assembly App = typeof(Claim).Assembly;

    /// <summary>A command is what a decision decides on: the first parameter of a public *Decision method that is not the claim.</summary>
    private static HashSet<Type> DecidedCommands() =>
    [
        .. App.GetTypes()
            .Where(t => t is { IsAbstract: true, IsSealed: true } && t.Name.EndsWith("Decision", StringComparison.Ordinal))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Select(m => m.GetParameters().Select(p => p.ParameterType).FirstOrDefault(p => p != typeof(Claim)))
            .OfType<Type>(),
    ];

    /// <summary>The events of ClaimEvents.cs: records of the Claims core that say which claim, who and when.</summary>
    private static HashSet<Type> ClaimEventTypes() =>
    [
        .. App.GetTypes().Where(t => t.Namespace == typeof(Claim).Namespace
            && t.GetProperty("ClaimId")?.PropertyType == typeof(Guid)
            && t.GetProperty("By")?.PropertyType == typeof(Actor)
            && t.GetProperty("At")?.PropertyType == typeof(DateTimeOffset)),
    ];

    [Fact]
    public void Every_command_a_decision_takes_is_in_the_catalogue_and_nothing_else_is()
    {
        var decided = DecidedCommands();

        decided.ShouldContain(typeof(RegisterClaim));
        decided.ShouldContain(typeof(PublishClaim));
        ClaimCommandCatalog.All.Select(e => e.Command).ShouldBe(decided, ignoreOrder: true);
    }

    [Fact]
    public void Every_command_has_a_decision_a_role_and_words_for_each_event_it_appends()
    {
        foreach (var entry in ClaimCommandCatalog.All)
        {
            var name = entry.Command.Name;
            entry.Decide.ShouldNotBeNull(name);
            Enum.IsDefined(entry.Role).ShouldBeTrue(name);
            entry.Produces.ShouldNotBeEmpty(name);
            entry.Produces.Where(e => !ClaimCommandCatalog.HasWords(e)).ShouldBeEmpty(name);
            entry.Words.Select(w => w.Event).Where(e => !entry.Produces.Contains(e)).ShouldBeEmpty(name);
        }
        ClaimCommandCatalog.All.Select(e => e.Command).ShouldBeUnique();
    }

    [Fact]
    public void Every_claim_event_is_appended_by_a_command_has_words_and_replays()
    {
        var events = ClaimEventTypes();

        events.Count.ShouldBeGreaterThanOrEqualTo(14);
        events.Where(e => !ClaimCommandCatalog.HasWords(e)).ShouldBeEmpty();
        events.Where(e => !ClaimCommandCatalog.All.Any(c => c.Produces.Contains(e))).ShouldBeEmpty();
        // ClaimRegistered creates the claim (Claim.Create); every other event changes one.
        events.Where(e => e != typeof(ClaimRegistered) && !Claim.Replays(e)).ShouldBeEmpty();
        Claim.Replays(typeof(ClaimRegistered)).ShouldBeFalse();
    }

    [Fact]
    public void The_history_words_an_event_as_its_command_says()
    {
        ClaimConflicts.Describe(EvidenceAttached(title: "Census table"))
            .ShouldBe("Rosa Díaz attached evidence \"Census table\" at 2025-03-08 12:00 UTC");
        ClaimConflicts.Describe(Registered()).ShouldStartWith("Rosa Díaz registered the claim at ");
        ClaimConflicts.Describe(new object()).ShouldBe("it was changed by someone else");
    }

    [Fact]
    public void Routing_refuses_what_is_not_a_command_on_an_existing_claim()
    {
        var claim = Given(Registered());
        var register = new RegisterClaim(ClaimId, "Again.", false, "Ana Ruiz", ClaimantKind.Person, null, "Radio Uno", null, new DateOnly(2025, 3, 1), null, []);

        Should.Throw<ArgumentException>(() => When(claim, new object()));
        Should.Throw<ArgumentException>(() => When(claim, register)).Message.ShouldStartWith("RegisterClaim is not a command on a claim.");
    }

    [Fact]
    public void Only_the_verdict_proposal_reads_the_rating_scale() =>
        ClaimCommandCatalog.All.Where(e => e.ReadsScale).Select(e => e.Command).ShouldBe([typeof(ProposeVerdict)]);
}
