using ClaimTrack.Web.Features.Desk.Workspace;

namespace ClaimTrack.Tests.Features.Desk.Workspace;

public sealed class DraftPlanTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 29, 10, 0, 0, TimeSpan.Zero);
    private static readonly Dictionary<string, string?> Saved = new() { ["Statement"] = "Saved statement", ["Context"] = null };

    [Fact]
    public void Text_typed_against_the_version_on_screen_is_put_back()
    {
        var plan = DraftPlan.For([new("Context", 4, "Typed context", At)], 4, f => Saved[f]);

        plan.Action.ShouldBe(DraftAction.Restore);
        plan.Drafts.ShouldHaveSingleItem().Text.ShouldBe("Typed context");
    }

    [Fact]
    public void Text_typed_before_the_claim_changed_is_offered_beside_the_saved_text_not_put_back()
    {
        var plan = DraftPlan.For([new("Statement", 3, "Older typed statement", At)], 4, f => Saved[f]);

        plan.Action.ShouldBe(DraftAction.Choose);
    }

    [Fact]
    public void Text_equal_to_what_is_saved_is_not_offered()
    {
        DraftPlan.For([new("Statement", 4, "Saved statement", At), new("Context", 4, "", At)], 4, f => Saved[f])
            .ShouldBe(DraftPlan.Nothing);
    }

    [Fact]
    public void The_latest_text_of_a_field_wins_and_the_notice_gives_its_time()
    {
        var plan = DraftPlan.For(
            [new("Context", 3, "first", At), new("Context", 4, "second", At.AddMinutes(5)), new("Statement", 4, "typed", At.AddMinutes(1))],
            4, f => Saved[f]);

        plan.Action.ShouldBe(DraftAction.Restore);
        plan.Drafts.Single(d => d.Field == "Context").Text.ShouldBe("second");
        plan.TypedAt.ShouldBe(At.AddMinutes(5));
    }

    [Fact]
    public void Text_typed_against_a_newer_version_than_the_page_waits_for_a_reload()
    {
        DraftPlan.For([new("Context", 5, "typed elsewhere", At)], 4, f => Saved[f]).ShouldBe(DraftPlan.Nothing);
    }
}
