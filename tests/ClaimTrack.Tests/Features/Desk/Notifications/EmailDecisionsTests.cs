using ClaimTrack.Web.Features.Desk.Notifications.Email;

namespace ClaimTrack.Tests.Features.Desk.Notifications;

public sealed class EmailDecisionsTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);
    private static readonly EmailOptions Options = new() { Host = "smtp.example.org", From = "desk@example.org", MaxAttempts = 3, FirstRetrySeconds = 60 };

    private static NotificationEmail Due() => new() { Id = Guid.NewGuid(), To = "rosa@example.org", State = EmailState.Pending, NextAttemptAt = Now };

    [Fact]
    public void A_claimed_email_is_not_due_for_the_lease_and_a_failure_waits_longer_each_time_then_fails()
    {
        var email = Due();
        EmailDecisions.Claim(email, "node-a", Guid.NewGuid(), Now, Options.Lease);
        EmailDecisions.IsDue(email, Now.AddSeconds(10)).ShouldBeFalse();
        Should.Throw<InvalidOperationException>(() => EmailDecisions.Claim(email, "node-b", Guid.NewGuid(), Now, Options.Lease));

        EmailDecisions.Record(email, "refused", Now, Options);
        (email.State, email.NextAttemptAt, email.SendingNode).ShouldBe((EmailState.Pending, Now.AddSeconds(60), (string?)null));
        EmailDecisions.Record(email, "refused", Now, Options);
        email.NextAttemptAt.ShouldBe(Now.AddSeconds(120));
        EmailDecisions.Record(email, "refused", Now, Options);
        (email.State, email.Tries, email.LastError).ShouldBe((EmailState.Failed, 3, "refused"));
    }

    [Fact]
    public void A_sent_email_is_done()
    {
        var email = Due();
        EmailDecisions.Record(email, null, Now, Options);
        (email.State, email.SentAt).ShouldBe((EmailState.Sent, (DateTimeOffset?)Now));
        EmailDecisions.IsDue(email, Now.AddDays(1)).ShouldBeFalse();
    }

    [Theory]
    [InlineData(null, null, "StartTls", null)]
    [InlineData("smtp.example.org", "desk@example.org", "StartTls", null)]
    [InlineData("smtp.example.org", "not an address", "StartTls", "ClaimTrack:Email:From must be an email address")]
    [InlineData("smtp.example.org", "desk@example.org", "Starttls-ish", "ClaimTrack:Email:Tls must be one of")]
    public void Settings_that_cannot_send_stop_the_app_with_a_sentence(string? host, string? from, string tls, string? problem)
    {
        var found = new EmailOptions { Host = host, From = from, Tls = tls }.Problem();
        if (problem is null) found.ShouldBeNull();
        else found.ShouldNotBeNull().ShouldStartWith(problem);
    }

    [Fact]
    public void A_user_name_needs_a_password()
    {
        new EmailOptions { Host = "h", From = "a@b.org", UserName = "desk" }.Problem().ShouldNotBeNull().ShouldContain("set together");
    }
}
