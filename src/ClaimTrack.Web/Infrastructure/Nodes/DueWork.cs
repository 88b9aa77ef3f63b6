namespace ClaimTrack.Web.Infrastructure.Nodes;

/// <summary>
/// This node's loop over background work kept in PostgreSQL (webhook deliveries, evidence sources): a round, then
/// another at once while rounds come back full, else a wait until a save rings (work due now) or the poll runs out
/// (work due later, or stored by another node). One subclass per kind of work, so each worker has a bell of its own.
/// The bell is only a shortcut on this node: what is due is always read from the database.
/// </summary>
public abstract class DueWork : IDisposable
{
    private readonly SemaphoreSlim _bell = new(0, 1);

    public void Ring()
    {
        try { _bell.Release(); }
        catch (SemaphoreFullException) { /* already rung: one wake-up does for all */ }
    }

    /// <param name="round">Does what is due; returns how many it found.</param>
    /// <param name="batch">A round that finds this many may have left more: the next starts at once.</param>
    /// <param name="poll">The longest wait between rounds (read each time, so a changed setting applies).</param>
    /// <param name="failed">Logs a round that threw (the database away, say); the next round tries again.</param>
    /// <param name="stopping">The host stopping: the loop ends.</param>
    public async Task RunAsync(
        Func<CancellationToken, Task<int>> round, int batch, Func<TimeSpan> poll, Action<Exception> failed, CancellationToken stopping)
    {
        while (!stopping.IsCancellationRequested)
        {
            var found = 0;
            try
            {
                found = await round(stopping);
            }
            catch (Exception e) when (!stopping.IsCancellationRequested)
            {
                failed(e);
            }
            if (found >= batch) continue;
            try
            {
                await _bell.WaitAsync(poll(), stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    public void Dispose()
    {
        _bell.Dispose();
        GC.SuppressFinalize(this);
    }
}
