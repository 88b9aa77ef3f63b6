using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;
using ClaimTypes = System.Security.Claims.ClaimTypes;

namespace ClaimTrack.Web.Features.Desk.Pages;

public sealed partial class ClaimDesk
{
    [CascadingParameter] private Task<AuthenticationState> Auth { get; set; } = null!;

    private static readonly (DeskFocus, string)[] Focuses =
        [(DeskFocus.Mine, "Mine"), (DeskFocus.WaitingForMe, "Waiting for me"), (DeskFocus.Overdue, "Overdue")];

    private MudDataGrid<Claim>? grid;
    private readonly Dictionary<DeskSort, TemplateColumn<Claim>?> columns = [];
    // Read once from the address; after that the grid's own state (sort, page) and the toolbar (filter) lead, and
    // every load writes them back to the address.
    private DeskView start = DeskView.Default;
    private DeskFilter filter = new();
    private RatingScale scale = RatingScale.Default(); // until the stored one loads
    private int currentPage;
    private int pageSize = DeskView.Default.PageSize;
    private IReadOnlyDictionary<ClaimStatus, int> counts = new Dictionary<ClaimStatus, int>();
    // MudBlazor's placeholders. With a capped total the pager still pages through the first thousand, and says so.
    // In the person's language, the cap's thousands written their way (1,000 or 1.000).
    private string ExactPagerInfo => T["{first_item}-{last_item} of {all_items}"];
    private string CappedPagerInfo => T["{first_item}-{last_item} of more than"] + " " + DeskQueries.TotalCap.ToString("N0", CultureInfo.CurrentCulture);
    private string pagerInfo = "";

    protected override async Task OnInitializedAsync()
    {
        // The address first, before anything awaits: the grid renders and loads at the first await, and its first load
        // writes its view back to the address, which would erase the filters it was opened with.
        pagerInfo = ExactPagerInfo;
        start = DeskAddress.Parse(Navigation.Uri);
        (filter, currentPage, pageSize) = (start.Filter, start.Page, start.PageSize);
        scale = await Scales.CurrentAsync(default);
        counts = await Queries.CountsByStatusAsync(default);
        Changes.Changed += OnClaimChanged;
    }

    private async Task<GridData<Claim>> LoadAsync(GridState<Claim> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var by = SortFor(sort?.SortBy);
        var view = new DeskView(filter, by, sort?.Descending ?? DeskAddress.DescendingFirst(by), state.Page, state.PageSize);
        // The viewer is asked per load, never kept in the address: "mine" is whoever looks.
        var viewer = (await Auth).User.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var page = await Queries.PageAsync(filter with { Viewer = viewer }, view.Page, view.PageSize, view.Sort, view.Descending, ct);
        KeepInAddress(view);
        var info = page.TotalIsCapped ? CappedPagerInfo : ExactPagerInfo;
        // The pager is this page's markup: a filter the grid reloads by itself needs this page to render it again.
        if (info != pagerInfo) { pagerInfo = info; StateHasChanged(); }
        return new GridData<Claim> { Items = page.Rows, TotalItems = page.Total };
    }

    private async Task Apply(DeskFilter changed)
    {
        filter = changed;
        if (grid is not null) await grid.ReloadServerData();
    }

    // MudBlazor names a template column's sort by an id it makes up, so the columns are known by reference.
    private DeskSort SortFor(string? column) =>
        columns.FirstOrDefault(c => c.Value?.PropertyName == column && column is not null) is { Value: not null } found ? found.Key : DeskSort.Updated;

    private SortDirection InitialDirection(DeskSort column) =>
        start.Sort != column ? SortDirection.None : start.Descending ? SortDirection.Descending : SortDirection.Ascending;

    // Replace, not push: the back button leaves the desk instead of stepping through every keystroke of a search.
    private void KeepInAddress(DeskView view)
    {
        var address = DeskAddress.For(view);
        if (Navigation.ToBaseRelativePath(Navigation.Uri) != address.TrimStart('/')) Navigation.NavigateTo(address, replace: true);
    }

    private Task FilterStatus(ClaimStatus? status) => Apply(filter with { Status = status });

    private Task FilterFocus(DeskFocus? focus) => Apply(filter with { Focus = focus });

    // Another editor saved a claim: refresh the counts and the rows, on this circuit's own thread.
    private void OnClaimChanged(ClaimChange change) => _ = InvokeAsync(async () =>
    {
        counts = await Queries.CountsByStatusAsync(default);
        if (grid is not null) await grid.ReloadServerData();
        StateHasChanged();
    });

    public static string StatusLabel(ClaimStatus status) => status switch
    {
        ClaimStatus.InReview => "In review",
        _ => status.ToString(),
    };

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..119] + "…";

    public void Dispose() => Changes.Changed -= OnClaimChanged;
}
