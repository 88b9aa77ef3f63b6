using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ClaimTrack.IntegrationTests.Support;

/// <summary>
/// A real SMTP server on loopback, Debian's aiosmtpd (deploy/test.sh installs python3-aiosmtpd; a test never does),
/// writing each message it accepts into a Maildir the test reads.
/// </summary>
public sealed class SmtpReceiver : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _folder;

    public int Port { get; }

    private SmtpReceiver(Process process, string folder, int port) => (_process, _folder, Port) = (process, folder, port);

    public static Task<SmtpReceiver> StartAsync() => StartAt(FreePort());

    /// <summary>A receiver on a given port (a server that was away and is back).</summary>
    public static async Task<SmtpReceiver> StartAt(int port)
    {
        var python = "/usr/bin/python3";
        var folder = Path.Combine(Path.GetTempPath(), $"claimtrack-smtp-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo(python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Mailbox", folder])
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        var receiver = new SmtpReceiver(process, folder, port);
        await Eventually.HoldsAsync(TimeSpan.FromSeconds(20), async () =>
        {
            if (process.HasExited)
                throw new InvalidOperationException($"aiosmtpd stopped at once (is python3-aiosmtpd installed? deploy/test.sh installs it): {await process.StandardError.ReadToEndAsync()}");
            return await AcceptsAsync(port);
        }, "the SMTP receiver listens", TimeSpan.FromMilliseconds(50));
        return receiver;
    }

    /// <summary>Every message received so far, as the raw text aiosmtpd stored (headers, X-RcptTo, body).</summary>
    public IReadOnlyList<string> Messages()
    {
        var received = Path.Combine(_folder, "new");
        return Directory.Exists(received) ? [.. Directory.GetFiles(received).Order().Select(File.ReadAllText)] : [];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task<bool> AcceptsAsync(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
