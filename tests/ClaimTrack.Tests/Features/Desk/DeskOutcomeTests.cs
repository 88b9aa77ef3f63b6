using System.Net.Sockets;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Publication;
using ClaimTrack.Web.Features.Claims.Writing;
using ClaimTrack.Web.Features.Desk;
using Npgsql;

namespace ClaimTrack.Tests.Features.Desk;

/// <summary>One mapping from what a save threw to what a desk page shows.</summary>
public sealed class DeskOutcomeTests
{
    private static Task<DeskOutcome> Throwing(Exception e) => DeskOutcome.Of(() => Task.FromException(e));

    [Fact]
    public async Task A_save_that_returns_is_saved()
    {
        var outcome = await DeskOutcome.Of(() => Task.FromResult(3L));

        (outcome.Kind, outcome.IsSaved, outcome.Errors.Count).ShouldBe((DeskOutcomeKind.Saved, true, 0));
    }

    [Fact]
    public async Task Field_errors_are_invalid_and_keep_their_fields()
    {
        var outcome = await Throwing(new ClaimInputInvalid(new Dictionary<string, string[]> { ["Title"] = ["The title is required."] }));

        outcome.Kind.ShouldBe(DeskOutcomeKind.Invalid);
        outcome.Errors["Title"].ShouldBe(["The title is required."]);
        outcome.Message.ShouldBe("Some fields need attention: The title is required.");
    }

    [Fact]
    public async Task A_newer_change_is_a_conflict_that_names_it()
    {
        var stale = new ClaimEditConflict(Guid.NewGuid(), 3, 4, "Rosa Díaz attached evidence \"Census\"");

        var outcome = await Throwing(stale);

        (outcome.Kind, outcome.Conflict).ShouldBe((DeskOutcomeKind.Conflict, stale));
    }

    public static TheoryData<Exception> Refusals => new()
    {
        new ClaimRuleBroken("A verdict is already waiting for review."),
        new DeskActionForbidden(new PublishClaim()),
        new ClaimNotFound(Guid.Empty),
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Broken_rules_missing_roles_and_missing_claims_are_refused_with_their_message(Exception refusal)
    {
        var outcome = await Throwing(refusal);

        (outcome.Kind, outcome.Message).ShouldBe((DeskOutcomeKind.Refused, refusal.Message));
    }

    public static TheoryData<Exception> Silences => new()
    {
        new TimeoutException("The operation has timed out."),
        new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused)),
        new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", PostgresErrorCodes.AdminShutdown),
        // Marten wraps what Npgsql throws.
        new InvalidOperationException("Marten command failed", new NpgsqlException("Exception while reading from stream", new IOException("reset"))),
    };

    [Theory]
    [MemberData(nameof(Silences))]
    public async Task A_database_that_does_not_answer_is_unavailable_and_says_the_text_is_kept(Exception silence)
    {
        var outcome = await Throwing(silence);

        (outcome.Kind, outcome.Message).ShouldBe((DeskOutcomeKind.Unavailable, DeskOutcome.NotAnswering));
    }

    [Fact]
    public async Task A_fault_in_the_code_is_not_an_outcome_and_still_reaches_the_error_ui()
    {
        await Should.ThrowAsync<InvalidOperationException>(() => Throwing(new InvalidOperationException("Sequence contains no elements")));
        await Should.ThrowAsync<PostgresException>(() => Throwing(
            new PostgresException("syntax error at or near \"FORM\"", "ERROR", "ERROR", PostgresErrorCodes.SyntaxError)));
    }

    [Fact]
    public async Task A_save_an_earlier_try_already_made_is_saved_and_says_so()
    {
        var outcome = await DeskOutcome.Of(() => Task.FromResult(new SaveReceipt(4, AlreadySaved: true)));

        (outcome.IsSaved, outcome.SavedWords).ShouldBe((true, DeskOutcome.EarlierTryWasSaved));
        (await DeskOutcome.Of(() => Task.FromResult(new SaveReceipt(4, AlreadySaved: false)))).SavedWords.ShouldBe("Saved.");
    }

    [Fact]
    public async Task A_read_the_database_does_not_answer_is_reported_and_a_fault_still_throws()
    {
        (await DeskOutcome.TryRead(() => Task.FromException(new NpgsqlException("Failed to connect", new SocketException((int)SocketError.ConnectionRefused)))))
            .ShouldBeFalse();
        (await DeskOutcome.TryRead(() => Task.CompletedTask)).ShouldBeTrue();
        await Should.ThrowAsync<InvalidOperationException>(() => DeskOutcome.TryRead(() => Task.FromException(new InvalidOperationException("bug"))));
    }
}
