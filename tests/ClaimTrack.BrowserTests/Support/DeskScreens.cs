namespace ClaimTrack.BrowserTests.Support;

/// <summary>The two screens the desk is checked on: a common phone (390 x 844) and a common laptop (1366 x 768).</summary>
public static class DeskScreens
{
    public sealed record Screen(string Name, int Width, int Height);

    public static readonly Screen Phone = new("phone", 390, 844);
    public static readonly Screen Laptop = new("laptop", 1366, 768);

    /// <summary>True when the page is no wider than the window: nothing to scroll sideways, nothing cut at the edge.</summary>
    public static Task<bool> FitsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth");

    /// <summary>How far the page sticks out and the first elements that stick out, for the failure message.</summary>
    public static Task<string> WidthsAsync(IPage page) =>
        page.EvaluateAsync<string>("""
            () => {
                const wide = [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                    .slice(0, 4)
                    .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (right ${Math.round(e.getBoundingClientRect().right)})`);
                return `page ${document.documentElement.scrollWidth} px, window ${window.innerWidth} px; ${wide.join(', ')}`;
            }
            """);
}
