namespace ClaimTrack.Web.Infrastructure.Postgres;

/// <summary>
/// Marks the data folder as this app's for as long as it runs, so a second app on the same folder stops instead of
/// restarting the server under the first. The lock is the operating system's (an exclusive flock on Linux): it dies
/// with the process, so an app that crashed or was killed never blocks the next start.
/// </summary>
internal sealed class ClusterLock : IDisposable
{
    public const string FileName = "claimtrack.lock";

    // While the lock is held, another .NET process cannot open the lock file even to read it (reading takes a shared
    // lock), so who holds it is written beside it.
    public const string HolderFileName = "claimtrack.holder";

    // What an exclusive lock held elsewhere looks like: EWOULDBLOCK on Linux, a sharing violation on Windows.
    private static readonly int[] HeldElsewhere = [11, unchecked((int)0x80070020)];

    private readonly FileStream _lock;

    private ClusterLock(FileStream held) => _lock = held;

    public static ClusterLock Take(string dataFolder, int port)
    {
        FileStream held;
        try
        {
            held = new FileStream(Path.Combine(dataFolder, FileName), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e) when (HeldElsewhere.Contains(e.HResult))
        {
            throw new EmbeddedPostgresException(
                $"The database in {dataFolder} is already used by another ClaimTrack{Holder(dataFolder)}: stop it first, or set ClaimTrack:Postgres:DataFolder to another folder.", e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new EmbeddedPostgresException(
                $"The database in {dataFolder} cannot be locked for this app ({e.Message.TrimEnd('.')}): run ClaimTrack as the user that created the folder, or set ClaimTrack:Postgres:DataFolder to another folder.", e);
        }

        File.WriteAllText(Path.Combine(dataFolder, HolderFileName), $"{Environment.ProcessId} {port}");
        return new ClusterLock(held);
    }

    private static string Holder(string dataFolder)
    {
        try
        {
            var words = File.ReadAllText(Path.Combine(dataFolder, HolderFileName)).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            return words is [var process, var port] ? $" (process {process}, PostgreSQL on port {port})" : "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    public void Dispose() => _lock.Dispose();
}
