using ClaimTrack.Web.Features.ReaderRequests;

namespace ClaimTrack.Tests.Features.ReaderRequests;

public sealed class ReaderFormsTests
{
    private static ReaderFields Fields(params (string Key, string Value)[] values) => new(values.ToDictionary(v => v.Key, v => (string?)v.Value));

    [Fact]
    public void A_tip_needs_what_and_who_and_says_so_at_each_field()
    {
        var errors = ReaderForms.CheckTip(Fields((ReaderForms.Said, "  ")));

        errors.Keys.ShouldBe([ReaderForms.Said, ReaderForms.SaidBy], ignoreOrder: true);
        ReaderForms.CheckTip(Fields((ReaderForms.Said, "Crime fell by half."), (ReaderForms.SaidBy, "The mayor"))).ShouldBeEmpty();
    }

    [Fact]
    public void Too_long_a_text_a_link_that_is_not_a_web_address_and_a_bad_email_are_refused_at_their_fields()
    {
        var errors = ReaderForms.CheckTip(Fields(
            (ReaderForms.Said, new string('a', ReaderForms.SaidLimit + 1)), (ReaderForms.SaidBy, "The mayor"),
            (ReaderForms.Link, "javascript:alert(1)"), (ReaderForms.Email, "not an email")));

        errors[ReaderForms.Said].Single().ShouldContain("At most 2,000 characters");
        errors[ReaderForms.Link].Single().ShouldContain("https://");
        errors[ReaderForms.Email].Single().ShouldContain("optional");
    }

    [Fact]
    public void A_correction_request_needs_only_what_is_wrong()
    {
        ReaderForms.CheckCorrection(Fields()).Keys.ShouldBe([ReaderForms.Problem]);
        ReaderForms.CheckCorrection(Fields((ReaderForms.Problem, "The date is wrong."), (ReaderForms.Email, "reader@example.org"))).ShouldBeEmpty();
    }

    [Fact]
    public void A_status_token_is_128_random_bits_and_only_its_shape_is_looked_up()
    {
        var token = StatusToken.New();

        token.Length.ShouldBe(22);
        StatusToken.LooksValid(token).ShouldBeTrue();
        StatusToken.New().ShouldNotBe(token);
        StatusToken.Hash(token).ShouldNotContain(token);
        StatusToken.LooksValid("../../etc/passwd").ShouldBeFalse();
        StatusToken.LooksValid(token + "A").ShouldBeFalse();
    }
}
