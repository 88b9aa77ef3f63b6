using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.ReaderRequests;

namespace ClaimTrack.Tests.Features.ReaderRequests;

/// <summary>When a reader's email goes: the retention period after the request settles, or the reader's ask; once.</summary>
public sealed class EmailErasureTests
{
    private static readonly DateTimeOffset Monday = new(2025, 3, 3, 9, 0, 0, TimeSpan.Zero);
    private static readonly Actor Editor = new("editor-1", "Amir Haddad");
    private static readonly TimeSpan NinetyDays = TimeSpan.FromDays(90);

    private static ReaderRequest Tip(string? email = "reader@example.org") =>
        ReaderRequest.Create(new TipSubmitted(Guid.NewGuid(), "HASH", "Crime fell by half.", "The mayor", null, null, email, Monday));

    private static ReaderRequest With(ReaderRequest request, dynamic e)
    {
        request.Apply(e);
        return request;
    }

    [Fact]
    public void An_open_unanswered_request_keeps_its_email_however_old()
    {
        var tip = Tip();
        With(tip, RequestDecisions.Assign(tip, Editor, Editor, Monday.AddDays(1)));

        EmailErasure.DueAt(tip, NinetyDays).ShouldBeNull();
        EmailErasure.EraseIfDue(tip, NinetyDays, Monday.AddYears(3)).ShouldBeNull();
    }

    [Fact]
    public void The_period_counts_from_the_first_answer_or_closing_and_erases_only_once_it_has_passed()
    {
        var tip = Tip();
        With(tip, RequestDecisions.Answer(tip, "Thanks, we are checking it.", Editor, Monday.AddDays(2)));
        With(tip, RequestDecisions.Close(tip, "Checked.", Editor, Monday.AddDays(40)));

        EmailErasure.DueAt(tip, NinetyDays).ShouldBe(Monday.AddDays(92));
        EmailErasure.EraseIfDue(tip, NinetyDays, Monday.AddDays(92).AddTicks(-1)).ShouldBeNull();
        var erased = EmailErasure.EraseIfDue(tip, NinetyDays, Monday.AddDays(92)).ShouldNotBeNull();
        erased.ShouldBe(new ReaderEmailErased(tip.Id, EmailErasureCause.RetentionEnded, Monday.AddDays(92)));
    }

    [Fact]
    public void A_retention_of_zero_erases_as_soon_as_the_request_is_closed()
    {
        var tip = Tip();
        With(tip, RequestDecisions.Close(tip, "Not checkable.", Editor, Monday.AddDays(1)));

        EmailErasure.EraseIfDue(tip, TimeSpan.Zero, Monday.AddDays(1)).ShouldNotBeNull();
    }

    [Fact]
    public void Erasing_clears_the_address_records_who_and_when_and_a_second_erasure_records_nothing()
    {
        var tip = Tip();
        var erased = EmailErasure.Erase(tip, EmailErasureCause.ReaderAsked, Monday.AddHours(1)).ShouldNotBeNull();
        With(tip, erased);

        tip.Email.ShouldBeNull();
        tip.EmailErasedAt.ShouldBe(Monday.AddHours(1));
        tip.Steps[^1].ShouldBe(new RequestStep("asked us to forget their email: erased", null, Monday.AddHours(1)));
        EmailErasure.Erase(tip, EmailErasureCause.ReaderAsked, Monday.AddHours(2)).ShouldBeNull();
        EmailErasure.EraseIfDue(tip, TimeSpan.Zero, Monday.AddYears(1)).ShouldBeNull();
    }

    [Fact]
    public void The_retention_erasure_is_the_apps_step_and_a_request_without_an_email_has_nothing_to_erase()
    {
        var tip = Tip();
        With(tip, RequestDecisions.Close(tip, "Checked.", Editor, Monday));
        With(tip, EmailErasure.EraseIfDue(tip, NinetyDays, Monday.AddDays(91))!);

        tip.Steps[^1].By.ShouldBe(EmailErasure.Retention);
        tip.Steps[^1].What.ShouldBe("erased the reader's email: the retention period ended");
        EmailErasure.Erase(Tip(email: null), EmailErasureCause.ReaderAsked, Monday).ShouldBeNull();
    }

    [Fact]
    public void The_erasure_record_names_no_address()
    {
        typeof(ReaderEmailErased).GetProperties().Select(p => p.PropertyType).ShouldNotContain(typeof(string));
    }

    [Fact]
    public void A_closed_request_can_still_be_erased()
    {
        var tip = Tip();
        With(tip, RequestDecisions.Close(tip, "Duplicate.", Editor, Monday));

        EmailErasure.Erase(tip, EmailErasureCause.ReaderAsked, Monday.AddMinutes(5)).ShouldNotBeNull();
    }
}
