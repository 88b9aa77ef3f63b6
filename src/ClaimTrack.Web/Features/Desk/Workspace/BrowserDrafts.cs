using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace ClaimTrack.Web.Features.Desk.Workspace;

/// <summary>Text typed into a field and not yet saved, as this browser kept it.</summary>
public sealed record Draft(string Field, long Version, string Text, DateTimeOffset At);

/// <summary>
/// The page's side of wwwroot/desk-drafts.js. One per circuit. The browser keeps the text, not the server: it has to
/// outlive the circuit (a reload, a crash), and a server copy would put unsaved words on shared storage that every
/// node can read. A browser that refuses (no storage, the circuit going away) only loses the safety net, never the page.
/// </summary>
public sealed class BrowserDrafts(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? module;

    public async Task WatchAsync(ElementReference area) => await Quietly(async m => await m.InvokeVoidAsync("watch", area));

    public async Task<IReadOnlyList<Draft>> LoadAsync(string scope)
    {
        IReadOnlyList<Draft> found = [];
        await Quietly(async m => found = await m.InvokeAsync<Draft[]>("load", scope));
        return found;
    }

    public async Task PutAsync(string scope, long version, string field, string text) =>
        await Quietly(async m => await m.InvokeVoidAsync("put", scope, version, field, text));

    public async Task ClearAsync(string scope) => await Quietly(async m => await m.InvokeVoidAsync("clear", scope));

    private async Task Quietly(Func<IJSObjectReference, Task> call)
    {
        try
        {
            module ??= await js.InvokeAsync<IJSObjectReference>("import", "/desk-drafts.js");
            await call(module);
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException or TaskCanceledException or InvalidOperationException)
        {
            // Prerendering has no browser yet, and a closing circuit has none any more: nothing to keep or restore.
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (module is null) return;
        try { await module.DisposeAsync(); }
        catch (JSDisconnectedException) { }
    }
}
