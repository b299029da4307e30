using System.Net;
using System.Net.Sockets;

namespace ExerciseServer.Tests.Support;

/// <summary>Free loopback ports, so each test host's silo can start beside the others.</summary>
public static class FreePorts
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
