using ClaimTrack.Web.Localization;
using Microsoft.Extensions.Localization;
using MudBlazor;

namespace ClaimTrack.Web.Features.Desk.Layout;

/// <summary>
/// MudBlazor's own words (the pager, the date picker, close buttons) from the desk's resources: MudBlazor ships only
/// English and asks this for any other culture. A key it does not find here falls back to MudBlazor's English.
/// </summary>
public sealed class DeskMudLocalizer(IStringLocalizer<DeskText> text) : MudLocalizer
{
    public override LocalizedString this[string key] => text[key];

    public override LocalizedString this[string key, params object[] arguments] => text[key, arguments];
}
