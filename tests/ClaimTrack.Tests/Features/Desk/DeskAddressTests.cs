using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Desk;

namespace ClaimTrack.Tests.Features.Desk;

public sealed class DeskAddressTests
{
    [Fact]
    public void Plain_desk_is_the_default_view_and_the_default_view_is_plain_desk()
    {
        DeskAddress.Parse("/desk").ShouldBe(DeskView.Default);
        DeskAddress.For(DeskView.Default).ShouldBe("/desk");
    }

    [Fact]
    public void Every_filter_sort_and_page_survive_the_round_trip()
    {
        var view = new DeskView(
            new DeskFilter("turnout & race", ClaimStatus.InReview, "mostly-false", "Ana Ruiz", "Elections",
                new DateTime(2025, 3, 1), new DateTime(2025, 3, 31)),
            DeskSort.Claimant, Descending: true, Page: 2, PageSize: 50);

        var address = DeskAddress.For(view);

        address.ShouldBe("/desk?q=turnout%20%26%20race&status=in-review&rating=mostly-false&claimant=Ana%20Ruiz&topic=Elections&from=2025-03-01&to=2025-03-31&sort=claimant&dir=desc&page=3&size=50");
        DeskAddress.Parse("https://newsroom.example.org" + address).ShouldBe(view);
    }

    [Fact]
    public void The_broken_links_filter_is_kept_in_the_address_so_a_reload_or_a_shared_link_keeps_it()
    {
        var view = DeskView.Default with { Filter = new DeskFilter(BrokenLinks: true) };

        DeskAddress.For(view).ShouldBe("/desk?links=broken");
        DeskAddress.Parse("/desk?links=broken").ShouldBe(view);
        DeskAddress.Parse("/desk?links=anything-else").ShouldBe(DeskView.Default);
    }

    [Theory]
    [InlineData(DeskFocus.Mine, "/desk?focus=mine")]
    [InlineData(DeskFocus.WaitingForMe, "/desk?focus=waiting")]
    [InlineData(DeskFocus.Overdue, "/desk?focus=overdue")]
    public void Each_focus_reads_back_as_itself_and_never_names_the_viewer(DeskFocus focus, string address)
    {
        var view = DeskView.Default with { Filter = new DeskFilter(Focus: focus) { Viewer = "editor-1" } };

        DeskAddress.For(view).ShouldBe(address);
        DeskAddress.Parse(address).Filter.Focus.ShouldBe(focus);
        DeskAddress.Parse(address).Filter.Viewer.ShouldBeNull();
        DeskAddress.Parse("/desk?focus=someone-else").ShouldBe(DeskView.Default);
    }

    [Theory]
    [InlineData(DeskSort.Updated, true, "/desk")]
    [InlineData(DeskSort.Updated, false, "/desk?dir=asc")]
    [InlineData(DeskSort.Statement, false, "/desk?sort=statement")]
    [InlineData(DeskSort.Rating, true, "/desk?sort=rating&dir=desc")]
    [InlineData(DeskSort.Status, false, "/desk?sort=status")]
    public void Each_sort_reads_back_as_itself(DeskSort sort, bool descending, string address)
    {
        var view = DeskView.Default with { Sort = sort, Descending = descending };

        DeskAddress.For(view).ShouldBe(address);
        DeskAddress.Parse(address).ShouldBe(view);
    }

    [Theory]
    [InlineData("/desk?status=lost&sort=price&dir=sideways&page=-3&size=7&from=2025-02-30&to=yesterday")]
    [InlineData("/desk?sort=1&page=0&size=25000&status=2")]
    [InlineData("/desk?page=99999999999999999999&size=abc&sort=")]
    [InlineData("/desk?status=draft&status=published&sort=claimant&sort=status")]
    [InlineData("/desk?%zz=1&&=&page")]
    [InlineData("/desk?focus=%00mine&links=broken%00&status=%00")]
    [InlineData("/desk?focus=mine&focus=overdue&links=broken&links=broken")]
    [InlineData("/desk?focus=0&links=1&focus[]=mine")]
    public void Values_it_cannot_use_are_ignored_for_their_defaults(string address)
    {
        DeskAddress.Parse(address).ShouldBe(DeskView.Default);
    }

    [Fact]
    public void A_huge_focus_or_links_value_is_ignored_for_the_default()
    {
        var huge = new string('w', 100_000);

        DeskAddress.Parse($"/desk?focus={huge}&links={huge}").ShouldBe(DeskView.Default);
    }

    [Fact]
    public void Good_values_beside_bad_ones_are_kept()
    {
        var view = DeskAddress.Parse("/desk?status=PUBLISHED&sort=Rating&page=zero&claimant=" + new string('x', 201) + "&topic=Health");

        view.ShouldBe(DeskView.Default with { Filter = new DeskFilter(Status: ClaimStatus.Published, Topic: "Health"), Sort = DeskSort.Rating, Descending = false });
    }
}
