using ClaimTrack.Web.Features.Archive;
using ClaimTrack.Web.Features.Claims.Archive;

namespace ClaimTrack.Tests.Features.Archive;

/// <summary>How one source's record moves: copied, retried with back-off, given up, checked, marked changed or vanished.</summary>
public sealed class SourceDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);
    private static readonly ArchiveOptions Options = new() { Attempts = 3, FirstRetrySeconds = 60, MaxRetrySeconds = 90, LinkCheckSeconds = 3600, VanishedAfter = 2 };
    private const string Url = "https://elections.example.org/turnout";

    private static EvidenceSource Waiting() => SourceDecisions.Watch(Guid.NewGuid(), Guid.NewGuid(), "Official turnout figures", Url, Now);

    private static FetchedSource Page(string sha = "aa11") => new(200, "text/html; charset=utf-8", [1, 2, 3], sha);

    private static EvidenceSource Archived(string sha = "aa11")
    {
        var source = Waiting();
        SourceDecisions.Kept(source, Page(sha), Options, Now);
        return source;
    }

    [Fact]
    public void Attached_evidence_is_due_at_once()
    {
        var source = Waiting();

        source.State.ShouldBe(SourceState.Waiting);
        SourceDecisions.IsDue(source, Now).ShouldBeTrue();
    }

    [Fact]
    public void A_kept_copy_records_what_was_fetched_and_schedules_the_link_check()
    {
        var source = Waiting();

        var copy = SourceDecisions.Kept(source, Page("bb22"), Options, Now);

        copy.ShouldBe(new SourceCopy(Url, "bb22", "text/html; charset=utf-8", 3, 200, Now));
        source.State.ShouldBe(SourceState.Archived);
        source.CopyJustKept.ShouldBeTrue();
        source.NextAttemptAt.ShouldBe(Now.AddHours(1));
        SourceDecisions.IsDue(source, Now.AddMinutes(59)).ShouldBeFalse();
    }

    [Fact]
    public void A_failed_try_is_retried_later_each_time_and_given_up_after_the_last()
    {
        var source = Waiting();

        SourceDecisions.Failed(source, "The address answered 503 Service Unavailable.", Options, 0.5, Now);
        source.NextAttemptAt.ShouldBe(Now.AddSeconds(60));
        SourceDecisions.Failed(source, "Again.", Options, 0.5, Now);
        source.NextAttemptAt.ShouldBe(Now.AddSeconds(90)); // doubled to 120, capped at 90
        source.State.ShouldBe(SourceState.Waiting);
        SourceDecisions.Failed(source, "The address did not answer within 20 seconds.", Options, 0.5, Now);

        source.State.ShouldBe(SourceState.GaveUp);
        source.Problem.ShouldBe("The address did not answer within 20 seconds.");
        SourceDecisions.IsDue(source, Now.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void Different_content_marks_the_source_changed_from_the_first_check_that_saw_it()
    {
        var source = Archived("aa11");

        SourceDecisions.Checked(source, "cc33", Options, Now.AddHours(1));
        SourceDecisions.Checked(source, "dd44", Options, Now.AddHours(2));

        source.ChangedAt.ShouldBe(Now.AddHours(1));
        source.Broken.ShouldBeTrue();
        source.CopyJustKept.ShouldBeFalse(); // a check puts nothing new on the reader's page
    }

    [Fact]
    public void The_same_content_leaves_the_source_unmarked_and_an_unknown_hash_changes_no_mark()
    {
        var source = Archived("aa11");

        SourceDecisions.Checked(source, "aa11", Options, Now.AddHours(1));
        SourceDecisions.Checked(source, null, Options, Now.AddHours(2));

        source.ChangedAt.ShouldBeNull();
        source.Broken.ShouldBeFalse();
        source.CheckedAt.ShouldBe(Now.AddHours(2));
    }

    [Fact]
    public void A_source_vanishes_only_after_several_failed_checks_in_a_row_and_comes_back_when_it_answers()
    {
        var source = Archived();

        SourceDecisions.CheckFailed(source, "The address answered 404 Not Found.", Options, Now.AddHours(1));
        source.VanishedAt.ShouldBeNull();
        source.Broken.ShouldBeFalse();
        SourceDecisions.CheckFailed(source, "The address answered 404 Not Found.", Options, Now.AddHours(2));
        source.VanishedAt.ShouldBe(Now.AddHours(2));
        source.Broken.ShouldBeTrue();

        SourceDecisions.Checked(source, "aa11", Options, Now.AddHours(3));
        source.VanishedAt.ShouldBeNull();
        source.Broken.ShouldBeFalse();
    }

    [Fact]
    public void A_corrected_address_is_fetched_afresh_and_its_marks_start_over()
    {
        var source = Archived();
        SourceDecisions.Checked(source, "changed", Options, Now.AddHours(1));

        SourceDecisions.Readdress(source, "Official turnout figures", "https://elections.example.org/turnout-final", Now.AddHours(2));

        source.State.ShouldBe(SourceState.Waiting);
        source.Broken.ShouldBeFalse();
        source.ChangedAt.ShouldBeNull();
        SourceDecisions.IsDue(source, Now.AddHours(2)).ShouldBeTrue();
        source.Copy!.Url.ShouldBe(Url); // the old copy stays until the new one is kept
    }

    [Fact]
    public void Withdrawn_evidence_is_neither_due_nor_listed_as_broken()
    {
        var source = Archived();
        SourceDecisions.CheckFailed(source, "gone", Options, Now);
        SourceDecisions.CheckFailed(source, "gone", Options, Now);

        SourceDecisions.Withdraw(source, Now.AddHours(1));

        source.Broken.ShouldBeFalse();
        SourceDecisions.IsDue(source, Now.AddDays(2)).ShouldBeFalse();
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("127.0.0.1", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("10.0.0.5", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("::1", false)]
    public void Only_public_addresses_and_the_allowed_private_networks_are_reached(string address, bool reached)
    {
        var allowed = new ArchiveOptions { AllowedPrivateNetworks = ["127.0.0.0/8"] }.PrivateNetworks();

        ArchiveOptions.MayReach(System.Net.IPAddress.Parse(address), allowed).ShouldBe(reached);
    }

    [Fact]
    public void A_setting_that_is_not_a_network_is_refused_with_its_name()
    {
        var problem = Should.Throw<Exception>(() => new ArchiveOptions { AllowedPrivateNetworks = ["loopback"] }.PrivateNetworks());

        problem.Message.ShouldContain("ClaimTrack:Archive:AllowedPrivateNetworks");
    }
}
