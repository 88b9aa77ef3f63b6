using MudBlazor;

namespace ClaimTrack.Web.Features.Desk.Layout;

/// <summary>
/// MudBlazor's default status colours put white text on light blue, green and orange below the 4.5:1 contrast
/// readers need; these darker shades keep the meaning and pass.
/// </summary>
public static class DeskTheme
{
    public static MudTheme Newsroom { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Info = "#0b62b8",
            Success = "#1b7f3b",
            Warning = "#a15c00",
            Error = "#b3261e",
        },
    };
}
