using System.Globalization;
using ClaimTrack.Web.Features.Claims;
using ClaimTrack.Web.Features.Claims.Ratings;
using MudBlazor;

namespace ClaimTrack.Web.Features.Desk.Pages;

public sealed partial class ClaimDesk
{
    private MudDataGrid<Claim>? grid;
    private DeskFilter filter = new();
    private RatingScale scale = RatingScale.Default(); // until the stored one loads
    private IReadOnlyDictionary<ClaimStatus, int> counts = new Dictionary<ClaimStatus, int>();
    // MudBlazor's placeholders. With a capped total the pager still pages through the first thousand, and says so.
    private const string ExactPagerInfo = "{first_item}-{last_item} of {all_items}";
    private static readonly string CappedPagerInfo =
        string.Create(CultureInfo.InvariantCulture, $"{{first_item}}-{{last_item}} of more than {DeskQueries.TotalCap:N0}");
    private string pagerInfo = ExactPagerInfo;

    protected override async Task OnInitializedAsync()
    {
        scale = await Scales.CurrentAsync(default);
        counts = await Queries.CountsByStatusAsync(default);
        Changes.Changed += OnClaimChanged;
    }

    private async Task<GridData<Claim>> LoadAsync(GridState<Claim> state, CancellationToken ct)
    {
        var sort = state.SortDefinitions.FirstOrDefault();
        var by = sort?.SortBy switch
        {
            nameof(Claim.Statement) => DeskSort.Statement,
            "Name" or "Claimant.Name" => DeskSort.Claimant,
            nameof(Claim.Status) => DeskSort.Status,
            _ => DeskSort.Updated,
        };
        var page = await Queries.PageAsync(filter, state.Page, state.PageSize, by, sort?.Descending ?? true, ct);
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

    private Task FilterStatus(ClaimStatus? status) => Apply(filter with { Status = status });

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
