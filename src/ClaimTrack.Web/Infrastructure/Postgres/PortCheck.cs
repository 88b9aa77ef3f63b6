using System.Net;
using System.Net.Sockets;

namespace ClaimTrack.Web.Infrastructure.Postgres;

internal static class PortCheck
{
    /// <summary>Fails early with a plain sentence instead of a server log line about "could not bind".</summary>
    public static void ThrowIfTaken(int port)
    {
        try
        {
            var listener = new TcpListener(IPAddress.Loopback, port);
            listener.Start();
            listener.Stop();
        }
        catch (SocketException)
        {
            throw new EmbeddedPostgresException(
                $"Port {port} on 127.0.0.1 is already in use by another program: set ClaimTrack:Postgres:Port to a free port, stop that program, or set ConnectionStrings:ClaimTrack to use an existing PostgreSQL server.");
        }
    }

    /// <summary>A port nobody listens on right now, for throwaway clusters.</summary>
    public static int Free()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
